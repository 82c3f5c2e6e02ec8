#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace adp::shared {

// A personal API token as listed: never the secret itself, which the server
// shows once, at creation.
struct ApiToken
{
    qint64 id = 0;
    QString name;
    QStringList scopes; // "api" (everything the user may do) or "read_api" (reads only)
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastUsedAt; // invalid when never used

    QJsonObject toJson() const;
    static std::optional<ApiToken> fromJson(const QJsonObject &object);

    static QStringList knownScopes() { return {QStringLiteral("api"), QStringLiteral("read_api")}; }
};

// What POST /api/v1/tokens takes.
struct ApiTokenRequest
{
    static constexpr int kDefaultDays = 30;
    static constexpr int kMaxDays = 365;

    QString name;
    QStringList scopes{QStringLiteral("api")};
    int expiresInDays = kDefaultDays;

    QJsonObject toJson() const;
    static ApiTokenRequest fromJson(const QJsonObject &object, FieldErrors &errors);
};

} // namespace adp::shared
