#include "JsonBody.h"

#include "StrictJson.h"
#include "shared/core/ErrorCodes.h"

#include <QJsonDocument>

namespace adp::server::http {

namespace errorcodes = shared::errorcodes;

std::variant<QJsonObject, HttpResponse> parseJsonObject(const HttpRequest &request)
{
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return HttpResponse::error(400, errorcodes::BadRequest,
                                   QStringLiteral("The request body is empty; send a JSON object"));
    // The media type exactly (parameters aside): a form or a body without a type is not read as JSON,
    // so a cross-site form post can never reach a JSON route.
    const QByteArray contentType =
        request.value(QByteArrayLiteral("content-type")).split(';').first().trimmed().toLower();
    if (contentType != "application/json")
        return HttpResponse::error(
            415, errorcodes::UnsupportedMediaType,
            QStringLiteral("Send the body as application/json (Content-Type: application/json)"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return HttpResponse::error(
            400, errorcodes::BadRequest,
            QStringLiteral("Malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return HttpResponse::error(400, errorcodes::BadRequest, QStringLiteral("The body must be a JSON object"));
    if (const auto problem = strictJsonProblem(body))
        return HttpResponse::error(400, errorcodes::BadRequest, *problem);
    return document.object();
}

} // namespace adp::server::http
