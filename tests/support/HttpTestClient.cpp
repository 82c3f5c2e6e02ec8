#include "HttpTestClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>

namespace adp::test {

HttpResult HttpTestClient::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    // Redirects are answers to assert on (sign-in), never followed behind the test's back.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QStringList HttpResult::errorFields() const
{
    QStringList names;
    const QJsonObject details =
        json().value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject();
    for (const QJsonValue &value : details.value(QStringLiteral("fields")).toArray())
        names.append(value.toObject().value(QStringLiteral("field")).toString());
    return names;
}

QString HttpTestClient::login(const QString &username, const QString &password)
{
    const HttpResult result = post(QStringLiteral("/api/v1/auth/login"),
                                   {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    m_token = result.json().value(QStringLiteral("token")).toString();
    return m_token;
}

} // namespace adp::test
