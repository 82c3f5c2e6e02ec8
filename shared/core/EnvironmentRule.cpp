#include "EnvironmentRule.h"

#include "ApiTime.h"
#include "JsonFields.h"
#include "Roles.h"
#include "TextRules.h"

namespace adp::shared {

QJsonObject EnvironmentRule::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("environment"), environment},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("created_at"), toApiTime(createdAt)}};
    if (!minRole.isEmpty())
        object.insert(QStringLiteral("min_role"), minRole);
    if (!user.isEmpty())
        object.insert(QStringLiteral("user"), user);
    if (!team.isEmpty())
        object.insert(QStringLiteral("team"), team);
    if (action == u"approve")
        object.insert(QStringLiteral("required_approvals"), requiredApprovals);
    return object;
}

std::optional<EnvironmentRule> EnvironmentRule::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    EnvironmentRule rule;
    rule.id = object.value(QStringLiteral("id")).toInteger();
    rule.environment = object.value(QStringLiteral("environment")).toString();
    rule.action = object.value(QStringLiteral("action")).toString();
    rule.minRole = object.value(QStringLiteral("min_role")).toString();
    rule.user = object.value(QStringLiteral("user")).toString();
    rule.team = object.value(QStringLiteral("team")).toString();
    rule.requiredApprovals = object.value(QStringLiteral("required_approvals")).toInt(1);
    rule.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    return rule;
}

EnvironmentRuleFields EnvironmentRuleFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    EnvironmentRuleFields fields;
    fields.environment = reader.string(QStringLiteral("environment"));
    fields.action = reader.string(QStringLiteral("action"));
    fields.minRole = reader.string(QStringLiteral("min_role"));
    fields.user = reader.string(QStringLiteral("user"));
    fields.team = reader.string(QStringLiteral("team"));
    fields.requiredApprovals = reader.integer(QStringLiteral("required_approvals"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject EnvironmentRuleFields::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *key, const std::optional<QString> &value) {
        if (value)
            object.insert(QString::fromLatin1(key), *value);
    };
    put("environment", environment);
    put("action", action);
    put("min_role", minRole);
    put("user", user);
    put("team", team);
    if (requiredApprovals)
        object.insert(QStringLiteral("required_approvals"), *requiredApprovals);
    return object;
}

FieldErrors EnvironmentRuleFields::validate() const
{
    FieldErrors errors;
    const auto add = [&errors](const char *field, const char *code, const QString &message) {
        errors.append({QString::fromLatin1(field), QString::fromLatin1(code), message});
    };
    const QString name = environment.value_or(QString()).trimmed();
    if (name.isEmpty())
        add("environment", fieldcodes::Required, QStringLiteral("is required"));
    else if (name.size() > kEnvironmentMax)
        add("environment", fieldcodes::TooLong, QStringLiteral("must be at most %1 characters").arg(kEnvironmentMax));
    else if (textrules::hasControlCharacters(name, false))
        add("environment", fieldcodes::InvalidFormat, QStringLiteral("must not contain control characters"));

    if (!action)
        add("action", fieldcodes::Required, QStringLiteral("is required"));
    else if (*action != u"deploy" && *action != u"approve")
        add("action", fieldcodes::InvalidValue, QStringLiteral("must be deploy or approve"));

    const int named = int(minRole.has_value()) + int(user.has_value()) + int(team.has_value());
    if (named != 1)
        add("min_role", fieldcodes::Required, QStringLiteral("give exactly one of min_role, user, team"));
    else if (minRole && !projectRoleFromString(*minRole))
        add("min_role", fieldcodes::InvalidValue,
            QStringLiteral("must be one of %1").arg(projectRoleNames().join(QStringLiteral(", "))));
    if (requiredApprovals && action && *action != u"approve")
        add("required_approvals", fieldcodes::InvalidValue, QStringLiteral("only an approve rule asks for approvals"));
    else if (requiredApprovals && (*requiredApprovals < 1 || *requiredApprovals > kMaxApprovals))
        add("required_approvals", fieldcodes::InvalidValue, QStringLiteral("must be from 1 to %1").arg(kMaxApprovals));
    return errors;
}

} // namespace adp::shared
