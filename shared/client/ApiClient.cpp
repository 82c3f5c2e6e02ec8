#include "ApiClient.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace adp::shared {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    QString path = m_baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_baseUrl.setPath(path);
}

QUrl ApiClient::webSocketUrl(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(m_baseUrl.path() + path);
    return url;
}

void ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body,
                     QObject *context, Callback callback)
{
    const QByteArray payload = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    sendBytes(method, path, query, payload, body.isNull() ? QByteArray() : QByteArrayLiteral("application/json"),
              context, std::move(callback));
}

void ApiClient::sendBytes(const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QByteArray &payload, const QByteArray &contentType, QObject *context, Callback callback)
{
    dispatch(method, path, query, payload, contentType, context, [callback](const ApiResult<RawReply> &result) {
        if (!result.ok())
            return callback(result.error());
        const QByteArray &data = result.value().body;
        QJsonParseError parseError{};
        QJsonDocument document =
            data.isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            callback(
                ApiError::network(QStringLiteral("The server sent invalid JSON: %1").arg(parseError.errorString())));
            return;
        }
        callback(document);
    });
}

QByteArray ApiClient::RawReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiClient::fetchText(const QString &path, const QUrlQuery &query, QObject *context,
                          std::function<void(const ApiResult<RawReply> &)> callback)
{
    dispatch("GET", path, query, {}, {}, context, std::move(callback));
}

QNetworkRequest ApiClient::requestFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs); // no byte for this long, not the whole transfer
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

QNetworkReply *ApiClient::download(const QString &path, const QUrlQuery &query, QIODevice *sink, QObject *context,
                                   std::function<void(qint64 received)> received,
                                   std::function<void(const ApiResult<qint64> &)> done)
{
    QNetworkRequest request = requestFor(path, query);
    request.setTransferTimeout(kDownloadTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    QPointer<QObject> guard(context);
    auto written = std::make_shared<qint64>(0);
    auto sinkError = std::make_shared<QString>();
    const auto failedStatus = [reply]() {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400;
    };
    connect(reply, &QNetworkReply::readyRead, this, [=, this]() {
        if (failedStatus() || !sinkError->isEmpty())
            return; // an error's body is read whole at the end
        const QByteArray data = reply->readAll();
        if (sink->write(data) != data.size()) {
            *sinkError = sink->errorString();
            reply->abort();
            return;
        }
        *written += data.size();
        if (received && (!context || guard))
            received(*written);
    });
    connect(reply, &QNetworkReply::finished, this, [=, this]() {
        reply->deleteLater();
        if (context && !guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!sinkError->isEmpty())
            return done(ApiError::network(tr("Cannot write what arrives: %1").arg(*sinkError)));
        if (status >= 400) {
            if (status == 401)
                Q_EMIT sessionExpired();
            return done(ApiError::fromResponse(status, reply->readAll(),
                                               QString::fromLatin1(reply->rawHeader("X-Request-Id"))));
        }
        if (status == 0 || reply->error() != QNetworkReply::NoError)
            return done(ApiError::network(tr("The transfer was cut off before its end: %1").arg(reply->errorString())));
        done(*written);
    });
    return reply;
}

void ApiClient::dispatch(const QByteArray &method, const QString &path, const QUrlQuery &query,
                         const QByteArray &payload, const QByteArray &contentType, QObject *context,
                         std::function<void(const ApiResult<RawReply> &)> callback)
{
    QNetworkRequest request = requestFor(path, query);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, context, callback]() {
        reply->deleteLater();
        if (context && !guard)
            return; // the asker is gone: drop the stale reply
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
        if (status == 0) {
            callback(ApiError::network(reply->errorString()));
            return;
        }
        if (status >= 400) {
            ApiError error = ApiError::fromResponse(status, data, requestId);
            if (status == 401)
                Q_EMIT sessionExpired();
            callback(error);
            return;
        }
        callback(RawReply{data, reply->rawHeaderPairs()});
    });
}

} // namespace adp::shared
