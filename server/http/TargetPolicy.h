#pragma once

#include <QString>
#include <QUrl>

namespace adp::server::http {

// Where the server's outbound requests (notifications, audit streams) may go. Unless the server
// allows any target, a URL or SMTP host may not be this machine or a private network: checked on
// saving for names and literal addresses, and again before each send for what the name resolves
// to then.
class TargetPolicy
{
public:
    explicit TargetPolicy(bool allowLocal)
        : m_allowLocal(allowLocal)
    {
    }

    // Why `host` may not be used, or empty when it may; resolving names when `resolve`.
    QString refusal(const QString &host, bool resolve) const;
    // A URL a rule may post to: http(s), a host, no credentials in it.
    QString urlRefusal(const QUrl &url, bool resolve) const;
    bool allowsLocal() const { return m_allowLocal; }
    // What may be shown of an accepted URL whose path or query may hold a token: scheme://host[:port].
    static QString hintOf(const QUrl &url)
    {
        const QString port = url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString();
        return url.scheme() + QStringLiteral("://") + url.host() + port;
    }

private:
    bool m_allowLocal;
};

} // namespace adp::server::http
