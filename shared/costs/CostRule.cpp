#include "CostRule.h"

#include "shared/core/ApiTime.h"
#include "shared/core/JsonFields.h"

namespace adp::shared::costs {

QJsonObject CostRule::toJson() const
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("position"), position},
            {QStringLiteral("match"), match},
            {QStringLiteral("pattern"), pattern},
            {QStringLiteral("project"), orNull(project)},
            {QStringLiteral("environment"), orNull(environment)},
            {QStringLiteral("team"), orNull(team)},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
}

std::optional<CostRule> CostRule::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    CostRule rule;
    rule.id = object.value(QStringLiteral("id")).toInteger();
    rule.organisation = object.value(QStringLiteral("organisation")).toString();
    rule.position = object.value(QStringLiteral("position")).toInt();
    rule.match = object.value(QStringLiteral("match")).toString();
    rule.pattern = object.value(QStringLiteral("pattern")).toString();
    rule.project = object.value(QStringLiteral("project")).toString();
    rule.environment = object.value(QStringLiteral("environment")).toString();
    rule.team = object.value(QStringLiteral("team")).toString();
    rule.createdBy = object.value(QStringLiteral("created_by")).toString();
    rule.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    rule.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    return rule;
}

bool CostRuleFields::isMatch(const QString &match)
{
    static const QStringList kFixed{QStringLiteral("provider"), QStringLiteral("service"), QStringLiteral("region"),
                                    QStringLiteral("sub_account"), QStringLiteral("sku")};
    if (kFixed.contains(match))
        return true;
    const QString key = match.mid(4);
    return match.startsWith(QStringLiteral("tag:")) && !key.trimmed().isEmpty() && key.size() <= kTagKeyMax;
}

CostRuleFields CostRuleFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    CostRuleFields fields;
    fields.position = reader.integer(QStringLiteral("position"));
    fields.match = reader.string(QStringLiteral("match"));
    fields.pattern = reader.string(QStringLiteral("pattern"));
    fields.project = reader.string(QStringLiteral("project"));
    fields.environment = reader.string(QStringLiteral("environment"));
    fields.team = reader.string(QStringLiteral("team"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject CostRuleFields::toJson() const
{
    QJsonObject json;
    const auto text = [&json](const char *key, const std::optional<QString> &value) {
        if (value)
            json.insert(QLatin1String(key), *value);
    };
    if (position)
        json.insert(QStringLiteral("position"), *position);
    text("match", match);
    text("pattern", pattern);
    text("project", project);
    text("environment", environment);
    text("team", team);
    return json;
}

FieldErrors CostRuleFields::validate(bool creating) const
{
    FieldErrors errors;
    if (creating) {
        for (const auto &[key, given] :
             {std::pair{"match", match.has_value()}, std::pair{"pattern", pattern.has_value()}}) {
            if (!given)
                errors.append(requiredField(QString::fromLatin1(key)));
        }
    }
    if (position && (*position < 0 || *position > 1'000'000))
        errors.append(invalidField(QStringLiteral("position"), QStringLiteral("must be from 0 to 1000000")));
    if (match && !isMatch(*match))
        errors.append(invalidField(QStringLiteral("match"),
                                   QStringLiteral("must be provider, service, region, sub_account, sku or tag:KEY "
                                                  "(a key of at most %1 characters)")
                                       .arg(kTagKeyMax)));
    if (pattern && (pattern->isEmpty() || pattern->size() > kPatternMax))
        errors.append(
            invalidField(QStringLiteral("pattern"), QStringLiteral("must be 1 to %1 characters").arg(kPatternMax)));
    return errors;
}

} // namespace adp::shared::costs
