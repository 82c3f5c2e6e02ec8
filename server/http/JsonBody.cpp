#include "JsonBody.h"

#include "shared/core/ErrorCodes.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace adp::server::http {

namespace errorcodes = shared::errorcodes;

std::variant<QJsonObject, HttpResponse> parseJsonObject(const QHttpServerRequest &request)
{
    const QByteArray contentType = request.value(QByteArrayLiteral("content-type")).toLower();
    // curl -d sends form-urlencoded by default; accept it when the body is JSON.
    if (!contentType.isEmpty() && !contentType.startsWith("application/json")
        && !contentType.startsWith("application/x-www-form-urlencoded"))
        return HttpResponse::error(415, errorcodes::UnsupportedMediaType,
                                   QStringLiteral("Send the body as application/json"));
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return HttpResponse::error(400, errorcodes::BadRequest, QStringLiteral("The request body is empty; send a JSON object"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return HttpResponse::error(400, errorcodes::BadRequest,
                                   QStringLiteral("Malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return HttpResponse::error(400, errorcodes::BadRequest, QStringLiteral("The body must be a JSON object"));
    return document.object();
}

} // namespace adp::server::http
