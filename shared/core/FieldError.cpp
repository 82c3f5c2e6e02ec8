#include "FieldError.h"

#include <QJsonObject>
#include <QStringList>

namespace adp::shared {

QString fieldErrorsText(const FieldErrors &errors)
{
    QStringList problems;
    for (const FieldError &error : errors)
        problems.append(error.field + u' ' + error.message);
    return problems.join(QStringLiteral("; "));
}

QJsonArray fieldErrorsToJson(const FieldErrors &errors)
{
    QJsonArray array;
    for (const FieldError &error : errors) {
        array.append(QJsonObject{{QStringLiteral("field"), error.field},
                                 {QStringLiteral("code"), error.code},
                                 {QStringLiteral("message"), error.message}});
    }
    return array;
}

FieldErrors fieldErrorsFromJson(const QJsonArray &array)
{
    FieldErrors errors;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        errors.append({object.value(QStringLiteral("field")).toString(),
                       object.value(QStringLiteral("code")).toString(),
                       object.value(QStringLiteral("message")).toString()});
    }
    return errors;
}

} // namespace adp::shared
