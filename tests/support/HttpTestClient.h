#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace adp::test {

// A synchronous HTTP client over real sockets, for asserting on status codes,
// headers and JSON bodies exactly as a client sees them.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    // The fields named in error.details.fields, in order.
    QStringList errorFields() const;
};

class HttpTestClient
{
public:
    explicit HttpTestClient(QUrl base)
        : m_base(std::move(base))
    {
    }
    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }

    HttpResult request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult get(const QString &path) { return request("GET", path); }
    HttpResult post(const QString &path, const QJsonObject &json)
    {
        return request("POST", path, QJsonDocument(json).toJson());
    }
    HttpResult patch(const QString &path, const QJsonObject &json)
    {
        return request("PATCH", path, QJsonDocument(json).toJson());
    }
    HttpResult put(const QString &path, const QJsonObject &json)
    {
        return request("PUT", path, QJsonDocument(json).toJson());
    }
    HttpResult del(const QString &path) { return request("DELETE", path); }

    // Signs in; returns the token (also kept for later requests).
    QString login(const QString &username, const QString &password);

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
};

} // namespace adp::test
