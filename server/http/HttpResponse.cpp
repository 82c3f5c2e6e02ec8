#include "HttpResponse.h"

#include <QJsonDocument>

namespace adp::server::http {

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}};
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}};
}

HttpResponse HttpResponse::text(int status, QByteArray body, QByteArray contentType)
{
    return {status, std::move(body), std::move(contentType), {}};
}

HttpResponse HttpResponse::noContent()
{
    return {204, {}, {}, {}};
}

HttpResponse HttpResponse::error(int status, const char *code, const QString &message, const QJsonObject &details)
{
    QJsonObject error{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}

HttpResponse HttpResponse::fieldErrors(int status, const char *code, const QString &message,
                                       const shared::FieldErrors &fields)
{
    return error(status, code, message, {{QStringLiteral("fields"), shared::fieldErrorsToJson(fields)}});
}

} // namespace adp::server::http
