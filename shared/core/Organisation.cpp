#include "Organisation.h"

#include "ApiTime.h"
#include "JsonFields.h"
#include "TextRules.h"

namespace adp::shared {

QJsonObject Organisation::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("description"), description},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("my_role"), organisationRoleToString(myRole)}};
}

std::optional<Organisation> Organisation::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble() || object.value(QStringLiteral("slug")).toString().isEmpty())
        return std::nullopt;
    Organisation organisation;
    organisation.id = object.value(QStringLiteral("id")).toInteger();
    organisation.name = object.value(QStringLiteral("name")).toString();
    organisation.slug = object.value(QStringLiteral("slug")).toString();
    organisation.description = object.value(QStringLiteral("description")).toString();
    organisation.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    organisation.myRole =
        organisationRoleFromString(object.value(QStringLiteral("my_role")).toString()).value_or(OrganisationRole::None);
    return organisation;
}

QJsonObject Team::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("name"), name},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("description"), description},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("member_count"), memberCount}};
}

std::optional<Team> Team::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble() || object.value(QStringLiteral("slug")).toString().isEmpty())
        return std::nullopt;
    Team team;
    team.id = object.value(QStringLiteral("id")).toInteger();
    team.organisation = object.value(QStringLiteral("organisation")).toString();
    team.name = object.value(QStringLiteral("name")).toString();
    team.slug = object.value(QStringLiteral("slug")).toString();
    team.description = object.value(QStringLiteral("description")).toString();
    team.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    team.memberCount = object.value(QStringLiteral("member_count")).toInt();
    return team;
}

GroupFields GroupFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    GroupFields fields;
    fields.name = reader.string(QStringLiteral("name"));
    fields.slug = reader.string(QStringLiteral("slug"));
    fields.description = reader.string(QStringLiteral("description"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject GroupFields::toJson() const
{
    QJsonObject object;
    if (name)
        object.insert(QStringLiteral("name"), *name);
    if (slug)
        object.insert(QStringLiteral("slug"), *slug);
    if (description)
        object.insert(QStringLiteral("description"), *description);
    return object;
}

FieldErrors GroupFields::applyTo(QString &targetName, QString &targetSlug, QString &targetDescription) const
{
    if (name)
        targetName = name->trimmed();
    if (slug)
        targetSlug = slug->trimmed();
    if (description)
        targetDescription = *description;
    FieldErrors errors;
    textrules::checkName(errors, targetName);
    textrules::checkSlug(errors, targetSlug);
    textrules::checkDescription(errors, targetDescription);
    return errors;
}

RoleRequest RoleRequest::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    RoleRequest request{reader.string(QStringLiteral("role"))};
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return request;
}

QJsonObject RoleRequest::toJson() const
{
    return role ? QJsonObject{{QStringLiteral("role"), *role}} : QJsonObject();
}

QJsonObject Member::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), kind == Kind::User ? QStringLiteral("user") : QStringLiteral("team")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("since"), toApiTime(since)}};
    if (!role.isEmpty())
        object.insert(QStringLiteral("role"), role);
    return object;
}

std::optional<Member> Member::fromJson(const QJsonObject &object)
{
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if ((kind != u"user" && kind != u"team") || !object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    Member member;
    member.kind = kind == u"user" ? Kind::User : Kind::Team;
    member.id = object.value(QStringLiteral("id")).toInteger();
    member.name = object.value(QStringLiteral("name")).toString();
    member.role = object.value(QStringLiteral("role")).toString();
    member.since = fromApiTime(object.value(QStringLiteral("since")).toString());
    return member;
}

} // namespace adp::shared
