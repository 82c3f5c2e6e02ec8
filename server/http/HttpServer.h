#pragma once

#include "Router.h"

#include <QAbstractHttpServer>
#include <functional>
#include <memory>

class QWebSocket;

namespace adp::server::http {

class HttpMetrics;

// Resolves a bearer token to an actor; nullopt for none, expired or revoked.
using Authenticator = std::function<std::optional<Actor>(const QString &token)>;
// Who may do what: the permission table's view from the HTTP layer.
struct AccessPolicy
{
    std::function<bool(const QString &action)> isPublic;                // no session needed
    std::function<bool(const Actor *actor, const QString &action)> allows;
    std::function<void(const Request &request, const QString &action)> denied; // record the refusal
};

// Receives an authenticated, upgraded events WebSocket; whatever it creates
// for it should be a child of `owner`, which lives in the accepting thread.
using WebSocketSink = std::function<void(std::unique_ptr<QWebSocket> socket, const Actor &actor, QObject *owner)>;

// One QtHttpServer instance, living in one HTTP thread. Dispatches through
// the shared Router and does what every route needs: request id, body size
// limit, session check, the one authorisation check, JSON errors, metrics,
// access log, and the WebSocket upgrade gate of QtHttpServer 6.4.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpServer(const Router &router, Authenticator authenticator, AccessPolicy policy, HttpMetrics &metrics,
               WebSocketSink webSockets, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(Request &request, const Router::Match &match, bool &upgradeAccepted);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response,
               const QString &requestId);
    void onWebSocket();

    const Router &m_router;
    Authenticator m_authenticator;
    AccessPolicy m_policy;
    HttpMetrics &m_metrics;
    WebSocketSink m_webSockets;
};

// Reads "Authorization: Bearer X", or ?access_token=X for WebSocket clients
// that cannot set headers.
QString bearerTokenOf(const QByteArray &authorizationHeader, const QUrl &url);

} // namespace adp::server::http
