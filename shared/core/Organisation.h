#pragma once

#include "FieldError.h"
#include "Roles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace adp::shared {

// An organisation as the API returns it; `myRole` is the caller's role in it.
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString description;
    QDateTime createdAt;
    OrganisationRole myRole = OrganisationRole::None;

    QJsonObject toJson() const;
    static std::optional<Organisation> fromJson(const QJsonObject &object);
};

// A team inside an organisation.
struct Team
{
    qint64 id = 0;
    QString organisation; // slug
    QString name;
    QString slug;
    QString description;
    QDateTime createdAt;
    int memberCount = 0;

    QJsonObject toJson() const;
    static std::optional<Team> fromJson(const QJsonObject &object);
};

// What a client may set on an organisation or a team: both are a name, a slug
// and a description. Absent = default on create, unchanged on update.
struct GroupFields
{
    std::optional<QString> name;
    std::optional<QString> slug;
    std::optional<QString> description;

    static GroupFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    // Applies the fields to (name, slug, description) and returns what is wrong with the result.
    FieldErrors applyTo(QString &name, QString &slug, QString &description) const;
};

// A member of an organisation, a team or a project: a user or (in projects) a team.
struct Member
{
    enum class Kind { User, Team };
    Kind kind = Kind::User;
    qint64 id = 0;
    QString name; // username or team slug
    QString role; // empty for team members, who have no role of their own
    QDateTime since;

    QJsonObject toJson() const;
    static std::optional<Member> fromJson(const QJsonObject &object);
    bool operator==(const Member &) const = default;
};

// The body that grants a role: {"role": "..."}; the role is checked by the server.
struct RoleRequest
{
    std::optional<QString> role;

    static RoleRequest fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
};

// A user as others see them: enough to pick someone to add.
struct UserSummary
{
    qint64 id = 0;
    QString username;

    QJsonObject toJson() const { return {{QStringLiteral("id"), id}, {QStringLiteral("username"), username}}; }
    static std::optional<UserSummary> fromJson(const QJsonObject &object)
    {
        if (!object.value(QStringLiteral("id")).isDouble())
            return std::nullopt;
        return UserSummary{object.value(QStringLiteral("id")).toInteger(),
                           object.value(QStringLiteral("username")).toString()};
    }
};

} // namespace adp::shared
