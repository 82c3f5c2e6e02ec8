#include "Sha256.h"

#include <openssl/evp.h>
#include <stdexcept>

namespace adp::server::crypto {

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new(), EVP_MD_CTX_free)
{
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 is not available");
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes)
{
    if (!bytes.isEmpty() && EVP_DigestUpdate(m_context.get(), bytes.data(), size_t(bytes.size())) != 1)
        throw std::runtime_error("SHA-256 failed");
}

QByteArray Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest, &size) != 1)
        throw std::runtime_error("SHA-256 failed");
    return QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex();
}

} // namespace adp::server::crypto
