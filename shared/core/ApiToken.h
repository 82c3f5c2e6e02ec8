#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace adp::shared {

// An API token as listed: never the secret itself, which the server shows
// once, at creation. A personal token acts as its owner; a project token only
// in its project, with its role there (and never more than its creator may).
struct ApiToken
{
    qint64 id = 0;
    QString name;
    QStringList scopes; // "api" (everything the user may do) or "read_api" (reads only)
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastUsedAt; // invalid when never used
    QString project;      // a project token's project slug; empty for a personal token
    QString role;         // a project token's role (viewer ... maintainer)
    QString createdBy;    // a project token's creator

    QJsonObject toJson() const;
    static std::optional<ApiToken> fromJson(const QJsonObject &object);

    static QStringList knownScopes() { return {QStringLiteral("api"), QStringLiteral("read_api")}; }
};

// What POST /api/v1/tokens and POST /api/v1/projects/{p}/tokens take; only
// project tokens have a role.
struct ApiTokenRequest
{
    static constexpr int kDefaultDays = 30;
    static constexpr int kMaxDays = 365;

    QString name;
    QStringList scopes{QStringLiteral("api")};
    int expiresInDays = kDefaultDays;
    QString role;

    QJsonObject toJson() const;
    static ApiTokenRequest fromJson(const QJsonObject &object, FieldErrors &errors);
};

} // namespace adp::shared
