#include "ApiToken.h"

#include "ApiTime.h"
#include "JsonFields.h"

#include <QJsonArray>

namespace adp::shared {

QJsonObject ApiToken::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("created_at"), toApiTime(createdAt)},
        {QStringLiteral("expires_at"), toApiTime(expiresAt)},
        {QStringLiteral("last_used_at"), lastUsedAt.isValid() ? QJsonValue(toApiTime(lastUsedAt)) : QJsonValue()}};
    if (!project.isEmpty()) {
        json.insert(QStringLiteral("project"), project);
        json.insert(QStringLiteral("role"), role);
        json.insert(QStringLiteral("created_by"), createdBy);
    }
    return json;
}

std::optional<ApiToken> ApiToken::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    ApiToken token;
    token.id = object.value(QStringLiteral("id")).toInteger();
    token.name = object.value(QStringLiteral("name")).toString();
    for (const QJsonValue &scope : object.value(QStringLiteral("scopes")).toArray())
        token.scopes.append(scope.toString());
    token.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    token.expiresAt = fromApiTime(object.value(QStringLiteral("expires_at")).toString());
    token.lastUsedAt = fromApiTime(object.value(QStringLiteral("last_used_at")).toString());
    token.project = object.value(QStringLiteral("project")).toString();
    token.role = object.value(QStringLiteral("role")).toString();
    token.createdBy = object.value(QStringLiteral("created_by")).toString();
    return token;
}

QJsonObject ApiTokenRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                     {QStringLiteral("expires_in_days"), expiresInDays}};
    if (!role.isEmpty())
        json.insert(QStringLiteral("role"), role);
    return json;
}

ApiTokenRequest ApiTokenRequest::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    ApiTokenRequest request;
    request.name = reader.string(QStringLiteral("name")).value_or(QString()).trimmed();
    if (const auto days = reader.integer(QStringLiteral("expires_in_days")))
        request.expiresInDays = int(std::clamp<qint64>(*days, -1, kMaxDays + 1));
    request.role = reader.string(QStringLiteral("role")).value_or(QString());
    if (const auto scopes = reader.stringList(QStringLiteral("scopes"))) {
        request.scopes = *scopes;
        if (scopes->isEmpty())
            errors.append({QStringLiteral("scopes"), QString::fromLatin1(fieldcodes::Required),
                           QStringLiteral("must name at least one scope")});
    }
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    for (const QString &scope : std::as_const(request.scopes)) {
        if (!ApiToken::knownScopes().contains(scope))
            errors.append({QStringLiteral("scopes"), QString::fromLatin1(fieldcodes::InvalidValue),
                           QStringLiteral("'%1' is not a scope; use api or read_api").arg(scope)});
    }
    if (request.name.isEmpty())
        errors.append(
            {QStringLiteral("name"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    else if (request.name.size() > 100)
        errors.append({QStringLiteral("name"), QString::fromLatin1(fieldcodes::TooLong),
                       QStringLiteral("must be at most 100 characters")});
    if (request.expiresInDays < 1 || request.expiresInDays > kMaxDays)
        errors.append({QStringLiteral("expires_in_days"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("must be from 1 to %1").arg(kMaxDays)});
    return request;
}

} // namespace adp::shared
