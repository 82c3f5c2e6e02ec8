#include "ProjectVariable.h"

#include "ApiTime.h"
#include "JsonFields.h"

#include <QRegularExpression>

namespace adp::shared {

QJsonObject ProjectVariable::toJson() const
{
    QJsonObject object{{QStringLiteral("key"), key},
                       {QStringLiteral("masked"), masked},
                       {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
    if (!masked)
        object.insert(QStringLiteral("value"), value);
    return object;
}

std::optional<ProjectVariable> ProjectVariable::fromJson(const QJsonObject &object)
{
    const QString key = object.value(QStringLiteral("key")).toString();
    if (key.isEmpty())
        return std::nullopt;
    ProjectVariable variable;
    variable.key = key;
    variable.value = object.value(QStringLiteral("value")).toString();
    variable.masked = object.value(QStringLiteral("masked")).toBool();
    variable.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    return variable;
}

ProjectVariableFields ProjectVariableFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    ProjectVariableFields fields;
    fields.value = reader.string(QStringLiteral("value"));
    fields.masked = reader.boolean(QStringLiteral("masked")).value_or(false);
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject ProjectVariableFields::toJson() const
{
    QJsonObject object{{QStringLiteral("masked"), masked}};
    if (value)
        object.insert(QStringLiteral("value"), *value);
    return object;
}

bool ProjectVariableFields::isValidKey(const QString &key)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return key.size() <= kKeyMax && shape.match(key).hasMatch();
}

FieldErrors ProjectVariableFields::validate(const QString &key) const
{
    FieldErrors errors;
    if (!isValidKey(key))
        errors.append({QStringLiteral("key"), QString::fromLatin1(fieldcodes::InvalidFormat),
                       QStringLiteral("must be letters, digits and underscores, not starting with a digit, at most %1")
                           .arg(kKeyMax)});
    if (!value)
        errors.append(
            {QStringLiteral("value"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    else if (value->size() > kValueMax)
        errors.append({QStringLiteral("value"), QString::fromLatin1(fieldcodes::TooLong),
                       QStringLiteral("must be at most %1 characters").arg(kValueMax)});
    else if (masked && (value->size() < kMaskedMin || value->size() > kMaskedMax || value->contains(u'\n') ||
                        value->contains(u'\r')))
        errors.append({QStringLiteral("value"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("of a masked variable must be one line of %1 to %2 characters")
                           .arg(kMaskedMin)
                           .arg(kMaskedMax)});
    return errors;
}

} // namespace adp::shared
