#pragma once

#include "ApiError.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace adp::shared {

// The HTTP transport every XxxApi uses: base URL, bearer token, JSON in and
// out, errors decoded into ApiError. Asynchronous; callbacks run on the
// caller's thread and are dropped when their context object is gone, so a
// closed view never receives a stale reply.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult<QJsonDocument> &)>;

    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body,
              QObject *context, Callback callback);
    // The same with a body that is not JSON (a CSV bill); the answer is JSON.
    void sendBytes(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &payload,
                   const QByteArray &contentType, QObject *context, Callback callback);

    // An answer as sent: for a GET whose answer is not JSON (a job's log).
    struct RawReply
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };
    void fetchText(const QString &path, const QUrlQuery &query, QObject *context,
                   std::function<void(const ApiResult<RawReply> &)> callback);

    // A GET whose answer goes straight into `sink` as it arrives (an audit export of any size);
    // `received` reports the bytes so far. `done` gets their count, or the error: the server's,
    // a transfer cut off before its end, or the sink refusing to write. The reply can be aborted.
    QNetworkReply *download(const QString &path, const QUrlQuery &query, QIODevice *sink, QObject *context,
                            std::function<void(qint64 received)> received,
                            std::function<void(const ApiResult<qint64> &)> done);
    // ws:// or wss:// URL of a path on the same server.
    QUrl webSocketUrl(const QString &path) const;

Q_SIGNALS:
    // A call was answered 401: the session is gone; the UI should sign in again.
    void sessionExpired();

private:
    QNetworkRequest requestFor(const QString &path, const QUrlQuery &query) const;
    void dispatch(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &payload,
                  const QByteArray &contentType, QObject *context,
                  std::function<void(const ApiResult<RawReply> &)> callback);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
    static constexpr int kTimeoutMs = 30000;
    // A download may wait for its first byte while the server makes it (a PDF report is drawn
    // whole before it is sent, as adp-audit-report's own time limit allows).
    static constexpr int kDownloadTimeoutMs = 10 * 60 * 1000;
};

} // namespace adp::shared
