#include "HttpServer.h"

#include "HttpMetrics.h"
#include "kv/RedisClient.h"
#include "shared/core/ErrorCodes.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QUrlQuery>
#include <QWebSocket>
#include <spdlog/spdlog.h>

namespace adp::server::http {

namespace errorcodes = shared::errorcodes;

namespace {

bool isWebSocketUpgrade(const HttpRequest &request)
{
    return request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0;
}

HttpResponse notRouted(const Router::Match &match, const QString &path)
{
    if (match.pathKnown) {
        HttpResponse response =
            HttpResponse::error(405, errorcodes::MethodNotAllowed,
                                QStringLiteral("Use one of: %1").arg(match.allowedMethods.join(QStringLiteral(", "))));
        response.headers.append(
            {QByteArrayLiteral("Allow"), match.allowedMethods.join(QStringLiteral(", ")).toLatin1()});
        return response;
    }
    return HttpResponse::error(404, errorcodes::NotFound, QStringLiteral("No such endpoint: %1").arg(path));
}

HttpResponse tooLarge(qint64 maxBody)
{
    return HttpResponse::error(413, errorcodes::PayloadTooLarge,
                               QStringLiteral("The body is larger than %1 bytes").arg(maxBody));
}

} // namespace

QString bearerTokenOf(const QByteArray &authorizationHeader, const QUrl &url, bool allowQueryToken)
{
    if (authorizationHeader.size() > 7 && authorizationHeader.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(authorizationHeader.mid(7).trimmed());
    return allowQueryToken ? QUrlQuery(url).queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded)
                           : QString();
}

HttpServer::HttpServer(const Router &router, Authenticator authenticator, AccessPolicy policy, HttpMetrics &metrics,
                       WebSocketSink webSockets, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_authenticator(std::move(authenticator))
    , m_policy(std::move(policy))
    , m_metrics(metrics)
    , m_webSockets(std::move(webSockets))
    , m_limits(limits)
    , m_webSocketServer(QCoreApplication::applicationName(), QWebSocketServer::NonSecureMode)
{
    connect(&m_webSocketServer, &QWebSocketServer::newConnection, this, &HttpServer::onWebSocket);
}

void HttpServer::adopt(qintptr descriptor, std::function<void()> released)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        released();
        return;
    }
    HttpConnection::Handlers handlers{
        [this](const HttpRequest &head, qint64 &maxBody) { return preflight(head, maxBody); },
        [this](const HttpRequest &request, HttpConnection *connection) { return handle(request, connection); },
        [this](QTcpSocket *upgraded) { m_webSocketServer.handleConnection(upgraded); }, std::move(released),
        [this](std::function<void()> job) {
            QThreadPool *pool = m_streamWork ? m_streamWork : QThreadPool::globalInstance();
            pool->start(std::move(job));
        }};
    m_connections.removeAll(nullptr);
    m_connections.append(new HttpConnection(socket, m_limits, std::move(handlers), this));
}

bool HttpServer::isIdle() const
{
    return std::none_of(m_connections.begin(), m_connections.end(),
                        [](const QPointer<HttpConnection> &connection) { return connection && connection->isBusy(); });
}

void HttpServer::closeConnections()
{
    for (const QPointer<HttpConnection> &connection : std::as_const(m_connections)) {
        if (connection)
            connection->close();
    }
}

std::optional<HttpResponse> HttpServer::preflight(const HttpRequest &head, qint64 &maxBody) const
{
    const Router::Match match = m_router.match(head.method(), head.url().path());
    if (!match.route)
        return notRouted(match, head.url().path());
    maxBody = match.route->options.maxBodyBytes;
    return std::nullopt;
}

std::optional<HttpConnection::Answer> HttpServer::handle(const HttpRequest &raw, HttpConnection *connection)
{
    const Router::Match match = m_router.match(raw.method(), raw.url().path());
    if (!m_slowWork || !match.route || !match.route->options.slow)
        return answer(raw, match);
    // The connection may be gone when the answer is ready; the pointer is only read in this thread.
    m_slowWork->start([this, raw, match, target = QPointer<HttpConnection>(connection)]() {
        const HttpConnection::Answer ready = answer(raw, match);
        QMetaObject::invokeMethod(this, [target, ready]() {
            if (target)
                target->deliver(ready);
        });
    });
    return std::nullopt;
}

HttpConnection::Answer HttpServer::answer(const HttpRequest &raw, const Router::Match &match)
{
    QElapsedTimer timer;
    timer.start();
    const QString requestId = requestIdFor(raw.value(QByteArrayLiteral("x-request-id")));
    const QString path = raw.url().path();

    Request context{raw,
                    match.params,
                    {requestId, raw.remoteAddress().toString(),
                     QString::fromUtf8(raw.value(QByteArrayLiteral("user-agent")).left(512))},
                    std::nullopt,
                    {}};
    bool upgradeAccepted = false;
    HttpResponse response;
    // A failure below the services becomes a JSON 5xx; the details go to the log only.
    const auto failed = [&](const std::exception &error, int status, const char *code, const QString &message) {
        spdlog::error("request {} {} {} failed: {}", requestId.toStdString(),
                      Router::methodName(raw.method()).toStdString(), path.toStdString(), error.what());
        response = HttpResponse::error(status, code, message);
    };
    try {
        response = dispatch(context, match, upgradeAccepted);
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::Unavailable)
            failed(error, 503, errorcodes::Unavailable, QStringLiteral("The database is unavailable"));
        else
            failed(error, 500, errorcodes::Internal, QStringLiteral("Internal error; see the server log"));
    } catch (const kv::RedisUnavailable &error) {
        failed(error, 503, errorcodes::Unavailable, QStringLiteral("Redis is unavailable; try again shortly"));
    } catch (const std::exception &error) {
        failed(error, 500, errorcodes::Internal, QStringLiteral("Internal error; see the server log"));
    }

    const QString routeLabel = match.route ? match.route->pattern : QStringLiteral("unmatched");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (upgradeAccepted) {
        m_metrics.observe(Router::methodName(raw.method()), routeLabel, 101, seconds);
        return {{}, true};
    }
    response.headers.prepend({QByteArrayLiteral("X-Request-Id"), requestId.toLatin1()});
    m_metrics.observe(Router::methodName(raw.method()), routeLabel, response.status, seconds);
    if (response.status >= 500)
        spdlog::warn("{} {} {} -> {} in {:.2f} ms", requestId.toStdString(),
                     Router::methodName(raw.method()).toStdString(), path.toStdString(), response.status,
                     seconds * 1000);
    else if (spdlog::should_log(spdlog::level::debug))
        spdlog::debug("{} {} {} -> {} in {:.2f} ms", requestId.toStdString(),
                      Router::methodName(raw.method()).toStdString(), path.toStdString(), response.status,
                      seconds * 1000);
    return {std::move(response), false};
}

HttpResponse HttpServer::dispatch(Request &request, const Router::Match &match, bool &upgradeAccepted)
{
    if (!match.route)
        return notRouted(match, request.raw.url().path());
    const Route &route = *match.route;
    if (request.raw.body().size() > route.options.maxBodyBytes)
        return tooLarge(route.options.maxBodyBytes);
    if (!m_policy.isPublic(route.action)) {
        request.bearerToken = bearerTokenOf(request.raw.value(QByteArrayLiteral("authorization")), request.raw.url(),
                                            route.options.webSocket);
        request.actor = m_authenticator(request.bearerToken);
        if (!request.actor) {
            HttpResponse response = HttpResponse::error(
                401, errorcodes::Unauthenticated,
                request.bearerToken.isEmpty() ? QStringLiteral("Sign in first: send Authorization: Bearer <token>")
                                              : QStringLiteral("The session is invalid or has expired; sign in again"));
            response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
            return response;
        }
    }
    if (!m_policy.allows(request.actor ? &*request.actor : nullptr, route.action)) {
        m_policy.denied(request, route.action);
        const bool readOnlyToken = request.actor && !request.actor->mayWrite();
        return HttpResponse::error(403, errorcodes::Forbidden,
                                   readOnlyToken ? QStringLiteral("This token may only read (scope read_api)")
                                                 : QStringLiteral("You may not do this (%1)").arg(route.action));
    }
    if (route.options.webSocket) {
        if (!isWebSocketUpgrade(request.raw))
            return HttpResponse::error(400, errorcodes::BadRequest,
                                       QStringLiteral("This endpoint needs a WebSocket upgrade"));
        upgradeAccepted = true;
        return {};
    }
    return route.handler(request);
}

void HttpServer::onWebSocket()
{
    while (m_webSocketServer.hasPendingConnections()) {
        std::unique_ptr<QWebSocket> socket(m_webSocketServer.nextPendingConnection());
        if (!socket)
            continue;
        // The route already checked the session; check again on what the socket carries.
        const QNetworkRequest handshake = socket->request();
        const auto actor = m_authenticator(bearerTokenOf(handshake.rawHeader("Authorization"), handshake.url(), true));
        if (!actor) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthenticated"));
            continue;
        }
        m_webSockets(std::move(socket), *actor, this);
    }
}

} // namespace adp::server::http
