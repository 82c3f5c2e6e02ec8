#include "ProjectVariable.h"

#include "ApiTime.h"
#include "JsonFields.h"

#include <QRegularExpression>

namespace adp::shared {

QJsonObject ProjectVariable::toJson() const
{
    QJsonObject object{{QStringLiteral("key"), key},
                       {QStringLiteral("masked"), masked},
                       {QStringLiteral("protected"), protectedOnly},
                       {QStringLiteral("variable_type"), variableType},
                       {QStringLiteral("environment_scope"), environmentScope},
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
    variable.protectedOnly = object.value(QStringLiteral("protected")).toBool();
    variable.variableType = object.value(QStringLiteral("variable_type")).toString(ProjectVariable::kEnvVar);
    variable.environmentScope =
        object.value(QStringLiteral("environment_scope")).toString(ProjectVariable::kAnyEnvironment);
    variable.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    return variable;
}

ProjectVariableFields ProjectVariableFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    ProjectVariableFields fields;
    fields.value = reader.string(QStringLiteral("value"));
    fields.masked = reader.boolean(QStringLiteral("masked")).value_or(false);
    fields.protectedOnly = reader.boolean(QStringLiteral("protected")).value_or(false);
    fields.variableType = reader.string(QStringLiteral("variable_type")).value_or(ProjectVariable::kEnvVar);
    fields.environmentScope =
        reader.string(QStringLiteral("environment_scope")).value_or(ProjectVariable::kAnyEnvironment);
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject ProjectVariableFields::toJson() const
{
    QJsonObject object{{QStringLiteral("masked"), masked},
                       {QStringLiteral("protected"), protectedOnly},
                       {QStringLiteral("variable_type"), variableType},
                       {QStringLiteral("environment_scope"), environmentScope}};
    if (value)
        object.insert(QStringLiteral("value"), *value);
    return object;
}

bool ProjectVariableFields::isValidKey(const QString &key)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return key.size() <= kKeyMax && shape.match(key).hasMatch();
}

bool ProjectVariableFields::isValidScope(const QString &scope)
{
    // GitLab's environment name characters, with `*` for the wildcard.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9 _/${}.*-]+$"));
    return scope.size() <= kScopeMax && scope.trimmed() == scope && shape.match(scope).hasMatch();
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
    if (variableType != ProjectVariable::kEnvVar && variableType != ProjectVariable::kFile)
        errors.append({QStringLiteral("variable_type"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("must be env_var or file")});
    if (!isValidScope(environmentScope))
        errors.append({QStringLiteral("environment_scope"), QString::fromLatin1(fieldcodes::InvalidFormat),
                       QStringLiteral("must be * or an environment name (letters, digits, spaces and - _ / $ { } . "
                                      "with * as a wildcard), at most %1 characters")
                           .arg(kScopeMax)});
    return errors;
}

} // namespace adp::shared
