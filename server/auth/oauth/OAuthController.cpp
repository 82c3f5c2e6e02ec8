#include "OAuthController.h"

#include "auth/AuthController.h"
#include "http/JsonBody.h"
#include "shared/core/JsonFields.h"

#include <QUrlQuery>

namespace adp::server::oauth {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProvider = QStringLiteral("provider");

HttpResponse redirect(const QUrl &to)
{
    HttpResponse response = HttpResponse::text(302, {}, {});
    response.headers.append({QByteArrayLiteral("Location"), to.toEncoded()});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

// What a person sees in the browser when a sign-in cannot continue.
HttpResponse failurePage(const ServiceError &error)
{
    const QString why = error.fields.isEmpty() ? error.message : error.fields.first().message;
    const QString page =
        QStringLiteral("<!doctype html><meta charset=\"utf-8\"><title>ADP sign-in</title>"
                       "<h1>Sign-in did not work</h1><p>%1</p><p>Go back to ADP and sign in again.</p>")
            .arg(why.toHtmlEscaped());
    HttpResponse response = HttpResponse::text(error.kind == ServiceError::Kind::NotFound ? 404 : 400, page.toUtf8(),
                                               QByteArrayLiteral("text/html; charset=utf-8"));
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

QString queryValue(const Request &request, const char *key)
{
    return QUrlQuery(request.raw.url()).queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

struct ExchangeBody
{
    QString code;
    QString codeVerifier;
    static ExchangeBody fromJson(const QJsonObject &object, shared::FieldErrors &errors)
    {
        shared::JsonFieldReader reader(object);
        ExchangeBody body{reader.string(QStringLiteral("code")).value_or(QString()),
                          reader.string(QStringLiteral("code_verifier")).value_or(QString())};
        reader.rejectUnknownFields();
        errors.append(reader.errors());
        return body;
    }
};
} // namespace

void OAuthController::registerRoutes(http::Router &router)
{
    const QString base = QStringLiteral("/api/v1/auth/oauth/{provider}");
    router.add(Method::Get, base + QStringLiteral("/start"), QStringLiteral("auth.oauth"),
               [this](Request &request) {
                   const OAuthLoginService::Start start{request.param(kProvider), queryValue(request, "redirect_uri"),
                                                        queryValue(request, "code_challenge"),
                                                        queryValue(request, "code_challenge_method"),
                                                        queryValue(request, "state")};
                   return http::respond(m_service.start(start), redirect);
               },
               {.slow = true}); // may fetch the provider's discovery document
    router.add(Method::Get, base + QStringLiteral("/callback"), QStringLiteral("auth.oauth"),
               [this](Request &request) {
                   const auto next = m_service.callback(
                       request.param(kProvider),
                       {queryValue(request, "code"), queryValue(request, "state"), queryValue(request, "error")},
                       request.meta);
                   return next.ok() ? redirect(next.value()) : failurePage(next.error());
               },
               {.slow = true}); // exchanges the code with the provider
    router.add(Method::Post, QStringLiteral("/api/v1/auth/oauth/exchange"), QStringLiteral("auth.oauth"),
               [this](Request &request) {
                   auto body = http::readFields<ExchangeBody>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&body))
                       return *response;
                   const ExchangeBody &exchange = std::get<ExchangeBody>(body);
                   return http::respond(m_service.exchange(exchange.code, exchange.codeVerifier, request.meta),
                                        [](const auth::LoginResult &result) {
                                            return HttpResponse::json(200, auth::signedInJson(result));
                                        });
               },
               {.maxBodyBytes = 8 * 1024});
}

} // namespace adp::server::oauth
