#include "AuthController.h"

#include "http/JsonBody.h"
#include "http/ServiceErrorMapping.h"
#include "shared/core/ApiTime.h"
#include "shared/core/JsonFields.h"

#include <QJsonArray>

namespace adp::server::auth {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
QJsonObject userJson(qint64 id, const QString &username, bool isAdmin, bool isAuditor)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("is_admin"), isAdmin},
            {QStringLiteral("is_auditor"), isAuditor}};
}
} // namespace

QJsonObject signedInJson(const LoginResult &result)
{
    return {{QStringLiteral("token"), result.token},
            {QStringLiteral("expires_at"), shared::toApiTime(result.expiresAtMs)},
            {QStringLiteral("user"),
             userJson(result.user.id, result.user.username, result.user.isAdmin, result.user.isAuditor)}};
}

void AuthController::registerRoutes(http::Router &router)
{
    router.add(Method::Post, QStringLiteral("/api/v1/auth/login"), QStringLiteral("auth.login"),
               [this](Request &r) { return login(r); },
               {.maxBodyBytes = 16 * 1024, .slow = true}); // hashing takes a while
    router.add(Method::Post, QStringLiteral("/api/v1/auth/logout"), QStringLiteral("auth.logout"),
               [this](Request &r) { return logout(r); });
    router.add(Method::Get, QStringLiteral("/api/v1/auth/me"), QStringLiteral("auth.me"),
               [this](Request &r) { return me(r); });
    router.add(Method::Get, QStringLiteral("/api/v1/auth/sessions"), QStringLiteral("session.list"),
               [this](Request &r) { return sessions(r); });
    router.add(Method::Delete, QStringLiteral("/api/v1/auth/sessions/{session}"), QStringLiteral("session.revoke"),
               [this](Request &r) {
                   return http::respond(m_service.revokeSession(r.mutation(), r.param(QStringLiteral("session"))),
                                        [](const Unit &) { return HttpResponse::noContent(); });
               });
    router.add(Method::Delete, QStringLiteral("/api/v1/auth/sessions"), QStringLiteral("session.revoke"),
               [this](Request &r) {
                   // "Sign out everywhere else": the session making the request stays.
                   return http::respond(m_service.revokeOtherSessions(r.mutation(), r.bearerToken), [](int ended) {
                       return HttpResponse::json(200, QJsonObject{{QStringLiteral("ended"), ended}});
                   });
               });
}

HttpResponse AuthController::login(Request &request)
{
    auto parsed = http::parseJsonObject(request.raw);
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    shared::JsonFieldReader reader(std::get<QJsonObject>(parsed));
    const QString username = reader.string(QStringLiteral("username")).value_or(QString());
    const QString password = reader.string(QStringLiteral("password")).value_or(QString());
    reader.rejectUnknownFields();
    shared::FieldErrors errors = reader.errors();
    if (username.isEmpty() && errors.isEmpty())
        errors.append({QStringLiteral("username"), QString::fromLatin1(shared::fieldcodes::Required),
                       QStringLiteral("is required")});
    if (password.isEmpty() && errors.isEmpty())
        errors.append({QStringLiteral("password"), QString::fromLatin1(shared::fieldcodes::Required),
                       QStringLiteral("is required")});
    if (!errors.isEmpty())
        return http::toHttpResponse(ServiceError::validation(errors));

    return http::respond(m_service.login(username, password, request.meta),
                         [](const LoginResult &result) { return HttpResponse::json(200, signedInJson(result)); });
}

HttpResponse AuthController::logout(Request &request)
{
    m_service.logout(request.bearerToken, request.mutation());
    return HttpResponse::noContent();
}

HttpResponse AuthController::sessions(Request &request)
{
    const QString current = request.actor->tokenId == 0 ? request.actor->sessionId : QString();
    QJsonArray items;
    for (const Session &session : m_service.sessionsOf(*request.actor)) {
        items.append(
            QJsonObject{{QStringLiteral("id"), AuthService::publicSessionId(session.tokenHash)},
                        {QStringLiteral("created_at"), shared::toApiTime(session.createdAtMs)},
                        {QStringLiteral("expires_at"), shared::toApiTime(session.expiresAtMs)},
                        {QStringLiteral("ip"), session.ip},
                        {QStringLiteral("user_agent"), session.userAgent},
                        {QStringLiteral("current"), !current.isEmpty() && session.tokenHash.startsWith(current)}});
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse AuthController::me(Request &request)
{
    const Actor &actor = *request.actor;
    return HttpResponse::json(200, userJson(actor.userId, actor.username, actor.isAdmin, actor.isAuditor));
}

} // namespace adp::server::auth
