#include "HttpServer.h"

#include "HttpMetrics.h"
#include "shared/core/ErrorCodes.h"
#include "kv/RedisClient.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <spdlog/spdlog.h>

namespace adp::server::http {

namespace errorcodes = shared::errorcodes;

namespace {

QString newRequestId()
{
    // Random per-thread prefix + counter: unique without a syscall per request.
    thread_local const QString prefix = QString::number(QRandomGenerator::system()->generate64(), 16).left(10);
    thread_local quint64 counter = 0;
    return prefix + u'-' + QString::number(++counter, 16);
}

QString requestIdOf(const QHttpServerRequest &request)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString given = QString::fromLatin1(request.value(QByteArrayLiteral("x-request-id")));
    return !given.isEmpty() && valid.match(given).hasMatch() ? given : newRequestId();
}

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0;
}

} // namespace

QString bearerTokenOf(const QByteArray &authorizationHeader, const QUrl &url)
{
    if (authorizationHeader.size() > 7 && authorizationHeader.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(authorizationHeader.mid(7).trimmed());
    return QUrlQuery(url).queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
}

HttpServer::HttpServer(const Router &router, Authenticator authenticator, AccessPolicy policy, HttpMetrics &metrics,
                       WebSocketSink webSockets, QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_authenticator(std::move(authenticator)), m_policy(std::move(policy))
    , m_metrics(metrics), m_webSockets(std::move(webSockets))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpServer::onWebSocket);
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString requestId = requestIdOf(request);
    const QString path = request.url().path();
    const Router::Match match = m_router.match(request.method(), path);

    Request context{request, match.params, {requestId, request.remoteAddress().toString(),
                                            QString::fromUtf8(request.value(QByteArrayLiteral("user-agent")).left(512))},
                    std::nullopt, {}};
    bool upgradeAccepted = false;
    HttpResponse response;
    // A failure below the services becomes a JSON 5xx; the details go to the log only.
    const auto failed = [&](const std::exception &error, int status, const char *code, const QString &message) {
        spdlog::error("request {} {} {} failed: {}", requestId.toStdString(), Router::methodName(request.method()).toStdString(),
                      path.toStdString(), error.what());
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
    if (upgradeAccepted) {
        m_metrics.observe(Router::methodName(request.method()), routeLabel, 101, double(timer.nsecsElapsed()) / 1e9);
        return true; // leave the socket to QtHttpServer's WebSocket upgrade
    }
    write(request, socket, response, requestId);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    m_metrics.observe(Router::methodName(request.method()), routeLabel, response.status, seconds);
    if (response.status >= 500)
        spdlog::warn("{} {} {} -> {} in {:.2f} ms", requestId.toStdString(), Router::methodName(request.method()).toStdString(),
                     path.toStdString(), response.status, seconds * 1000);
    else if (spdlog::should_log(spdlog::level::debug))
        spdlog::debug("{} {} {} -> {} in {:.2f} ms", requestId.toStdString(), Router::methodName(request.method()).toStdString(),
                      path.toStdString(), response.status, seconds * 1000);
    return true;
}

HttpResponse HttpServer::dispatch(Request &request, const Router::Match &match, bool &upgradeAccepted)
{
    if (!match.route) {
        if (match.pathKnown) {
            HttpResponse response = HttpResponse::error(405, errorcodes::MethodNotAllowed,
                                                        QStringLiteral("Use one of: %1").arg(match.allowedMethods.join(QStringLiteral(", "))));
            response.headers.append({QByteArrayLiteral("Allow"), match.allowedMethods.join(QStringLiteral(", ")).toLatin1()});
            return response;
        }
        return HttpResponse::error(404, errorcodes::NotFound, QStringLiteral("No such endpoint: %1").arg(request.raw.url().path()));
    }
    const Route &route = *match.route;
    if (request.raw.body().size() > route.options.maxBodyBytes)
        return HttpResponse::error(413, errorcodes::PayloadTooLarge,
                                   QStringLiteral("The body is larger than %1 bytes").arg(route.options.maxBodyBytes));
    if (!m_policy.isPublic(route.action)) {
        request.bearerToken = bearerTokenOf(request.raw.value(QByteArrayLiteral("authorization")), request.raw.url());
        request.actor = m_authenticator(request.bearerToken);
        if (!request.actor) {
            HttpResponse response = HttpResponse::error(401, errorcodes::Unauthenticated,
                                                        request.bearerToken.isEmpty()
                                                            ? QStringLiteral("Sign in first: send Authorization: Bearer <token>")
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
            return HttpResponse::error(400, errorcodes::BadRequest, QStringLiteral("This endpoint needs a WebSocket upgrade"));
        upgradeAccepted = true;
        return {};
    }
    return route.handler(request);
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response,
                       const QString &requestId)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, HttpResponse::error(404, errorcodes::NotFound, QStringLiteral("No such endpoint")),
          requestIdOf(request));
}

void HttpServer::onWebSocket()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        // The route already checked the session; check again on what the socket carries.
        const QNetworkRequest handshake = socket->request();
        const auto actor = m_authenticator(bearerTokenOf(handshake.rawHeader("Authorization"), handshake.url()));
        if (!actor) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthenticated"));
            continue;
        }
        m_webSockets(std::move(socket), *actor, this);
    }
}

} // namespace adp::server::http
