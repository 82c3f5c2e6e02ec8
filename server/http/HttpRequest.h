#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace adp::server::http {

enum class Method { Get, Post, Put, Patch, Delete, Head, Options, Unknown };

// One parsed HTTP/1.x request as HttpConnection hands it on: the framing is
// already checked, the body complete and within its route's limit.
class HttpRequest
{
public:
    Method method() const { return m_method; }
    const QUrl &url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    // The first header of that name (case-insensitive), or empty.
    QByteArray value(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    QHostAddress remoteAddress() const { return m_remoteAddress; }

private:
    friend class HttpConnection;
    Method m_method = Method::Unknown;
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers; // names in lower case
    QByteArray m_body;
    QHostAddress m_remoteAddress;
};

} // namespace adp::server::http
