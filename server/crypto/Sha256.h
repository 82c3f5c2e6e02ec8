#pragma once

#include <QByteArray>
#include <memory>

struct evp_md_ctx_st;

namespace adp::server::crypto {

// SHA-256 of bytes fed in pieces, through OpenSSL: its hardware-accelerated code digests a bill of
// gigabytes several times faster than QCryptographicHash's portable one.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    QByteArray hex(); // ends it

private:
    std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st *)> m_context;
};

} // namespace adp::server::crypto
