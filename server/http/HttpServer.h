#pragma once

#include "HttpConnection.h"
#include "HttpLimits.h"
#include "Router.h"

#include <QObject>
#include <QPointer>
#include <QWebSocketServer>
#include <functional>
#include <memory>

class QThreadPool;
class QWebSocket;

namespace adp::server::http {

class HttpMetrics;

// Resolves a bearer token to an actor; nullopt for none, expired or revoked.
using Authenticator = std::function<std::optional<Actor>(const QString &token)>;
// Who may do what: the permission table's view from the HTTP layer.
struct AccessPolicy
{
    std::function<bool(const QString &action)> isPublic; // no session needed
    std::function<bool(const Actor *actor, const QString &action)> allows;
    std::function<void(const Request &request, const QString &action)> denied; // record the refusal
};

// Receives an authenticated, upgraded events WebSocket; whatever it creates
// for it should be a child of `owner`, which lives in the accepting thread.
using WebSocketSink = std::function<void(std::unique_ptr<QWebSocket> socket, const Actor &actor, QObject *owner)>;

// The HTTP side of one server thread: takes the connections the listener
// hands it (HttpConnection reads and frames them) and does what every route
// needs: request id, body size limit before the body is read, session check,
// the one authorisation check, JSON errors, metrics, access log, and the
// WebSocket upgrade.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    HttpServer(const Router &router, Authenticator authenticator, AccessPolicy policy, HttpMetrics &metrics,
               WebSocketSink webSockets, HttpLimits limits, QObject *parent = nullptr);

    // Where routes marked slow run; without one they run in this thread like the others.
    // The pool must finish its work before this object is destroyed.
    void setSlowWork(QThreadPool *pool) { m_slowWork = pool; }
    // Where streamed bodies are made (see ResponseStream); the same rule.
    void setStreamWork(QThreadPool *pool) { m_streamWork = pool; }
    // Takes an accepted socket (in this object's thread); `released` runs when it is closed.
    void adopt(qintptr descriptor, std::function<void()> released);
    // True when no connection holds a partly read or unanswered request.
    bool isIdle() const;
    void closeConnections();

private:
    std::optional<HttpResponse> preflight(const HttpRequest &head, qint64 &maxBody) const;
    std::optional<HttpConnection::Answer> handle(const HttpRequest &request, HttpConnection *connection);
    HttpConnection::Answer answer(const HttpRequest &request, const Router::Match &match);
    HttpResponse dispatch(Request &request, const Router::Match &match, bool &upgradeAccepted);
    void onWebSocket();

    const Router &m_router;
    Authenticator m_authenticator;
    AccessPolicy m_policy;
    HttpMetrics &m_metrics;
    WebSocketSink m_webSockets;
    HttpLimits m_limits;
    QWebSocketServer m_webSocketServer;
    QList<QPointer<HttpConnection>> m_connections;
    QThreadPool *m_slowWork = nullptr;
    QThreadPool *m_streamWork = nullptr;
};

// Reads "Authorization: Bearer X"; `url`'s ?access_token=X only where `allowQueryToken`
// (the WebSocket: browsers cannot set headers there), so a token never has to travel in a URL elsewhere.
QString bearerTokenOf(const QByteArray &authorizationHeader, const QUrl &url, bool allowQueryToken);

} // namespace adp::server::http
