#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

ApiError ApiError::fromResponse(int httpStatus, const QByteArray &body, const QString &requestId)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.requestId = requestId;
    const QJsonObject object = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    error.code = object.value(QStringLiteral("code")).toString();
    error.message = object.value(QStringLiteral("message")).toString();
    const QJsonObject details = object.value(QStringLiteral("details")).toObject();
    error.fieldErrors = fieldErrorsFromJson(details.value(QStringLiteral("fields")).toArray());
    if (error.code.isEmpty()) {
        error.code = QStringLiteral("http_%1").arg(httpStatus);
        error.message = QStringLiteral("The server answered HTTP %1").arg(httpStatus);
    }
    return error;
}

ApiError ApiError::network(const QString &message)
{
    ApiError error;
    error.code = QStringLiteral("network_error");
    error.message = message;
    return error;
}

QString ApiError::describe() const
{
    QString text = message;
    if (httpStatus > 0)
        text += QStringLiteral(" (%1, HTTP %2)").arg(code).arg(httpStatus);
    for (const FieldError &field : fieldErrors)
        text += QStringLiteral("\n  %1: %2").arg(field.field, field.message);
    return text;
}

} // namespace adp::shared
