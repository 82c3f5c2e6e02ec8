#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace adp::server::oauth {

// Blocking HTTP(S) for the few calls a sign-in makes to a provider (token,
// user info, discovery, keys). libcurl rather than Qt's network stack: it
// runs inside a request handler's thread without an event loop to re-enter.
// Bounded: 10 s, 1 MiB, no redirects followed, http and https only.
class HttpFetcher
{
public:
    struct Response
    {
        int status = 0; // 0 when no answer came
        QByteArray body;
        QString error; // why there was no answer
        bool ok() const { return status >= 200 && status < 300; }
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static Response get(const QUrl &url, const Headers &headers = {});
    static Response postForm(const QUrl &url, const QList<QPair<QString, QString>> &form, const Headers &headers = {});

    static constexpr long kTimeoutMs = 10000;
    static constexpr qsizetype kMaxBody = 1024 * 1024;

private:
    static Response perform(const QUrl &url, const QByteArray *postBody, const Headers &headers);
};

} // namespace adp::server::oauth
