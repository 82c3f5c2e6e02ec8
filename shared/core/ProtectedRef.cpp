#include "ProtectedRef.h"

#include "ApiTime.h"
#include "JsonFields.h"
#include "ProjectValidator.h"

namespace adp::shared {

QJsonObject ProtectedRef::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("created_at"), toApiTime(createdAt)}};
}

std::optional<ProtectedRef> ProtectedRef::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    return ProtectedRef{object.value(QStringLiteral("id")).toInteger(), object.value(QStringLiteral("kind")).toString(),
                        object.value(QStringLiteral("name")).toString(),
                        fromApiTime(object.value(QStringLiteral("created_at")).toString())};
}

ProtectedRefFields ProtectedRefFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    ProtectedRefFields fields;
    fields.kind = reader.string(QStringLiteral("kind"));
    fields.name = reader.string(QStringLiteral("name"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject ProtectedRefFields::toJson() const
{
    QJsonObject object;
    if (kind)
        object.insert(QStringLiteral("kind"), *kind);
    if (name)
        object.insert(QStringLiteral("name"), *name);
    return object;
}

bool ProtectedRefFields::isValidName(const QString &name)
{
    // A branch name as the project settings check it, where `*` stands for the rest of a name.
    QString concrete = name;
    concrete.replace(u'*', u'x');
    return name.size() <= kNameMax && ProjectValidator::isValidBranchName(concrete);
}

FieldErrors ProtectedRefFields::validate() const
{
    FieldErrors errors;
    if (!kind)
        errors.append(
            {QStringLiteral("kind"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    else if (*kind != ProtectedRef::kBranch && *kind != ProtectedRef::kTag)
        errors.append({QStringLiteral("kind"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("must be branch or tag")});
    if (!name)
        errors.append(
            {QStringLiteral("name"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    else if (!isValidName(*name))
        errors.append({QStringLiteral("name"), QString::fromLatin1(fieldcodes::InvalidFormat),
                       QStringLiteral("must be a branch or tag name as git allows (at most %1 characters), with * "
                                      "as a wildcard")
                           .arg(kNameMax)});
    return errors;
}

} // namespace adp::shared
