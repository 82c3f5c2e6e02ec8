#include "ComplianceSchedule.h"

#include "ApiTime.h"
#include "ComplianceReport.h"
#include "JsonFields.h"

namespace adp::shared {

const QStringList ComplianceSchedule::kFrequencies{QStringLiteral("weekly"), QStringLiteral("monthly")};

QJsonObject ComplianceSchedule::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("frequency"), frequency},
            {QStringLiteral("rule_id"), ruleId > 0 ? QJsonValue(ruleId) : QJsonValue()},
            {QStringLiteral("rule_project"), ruleProject},
            {QStringLiteral("rule_name"), ruleName},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("stale_days"), staleDays},
            {QStringLiteral("rotation_days"), rotationDays},
            {QStringLiteral("sign_in_threshold"), signInThreshold},
            {QStringLiteral("active"), active},
            {QStringLiteral("next_run_at"), toApiTime(nextRunAt)},
            {QStringLiteral("last_run_at"), apiTimeOrNull(lastRunAt)},
            {QStringLiteral("last_outcome"), lastOutcome},
            {QStringLiteral("last_error"), lastError},
            {QStringLiteral("last_failed_checks"), lastFailedChecks},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), toApiTime(createdAt)}};
}

std::optional<ComplianceSchedule> ComplianceSchedule::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    ComplianceSchedule schedule;
    schedule.id = object.value(QStringLiteral("id")).toInteger();
    schedule.name = object.value(QStringLiteral("name")).toString();
    schedule.frequency = object.value(QStringLiteral("frequency")).toString();
    schedule.ruleId = object.value(QStringLiteral("rule_id")).toInteger();
    schedule.ruleProject = object.value(QStringLiteral("rule_project")).toString();
    schedule.ruleName = object.value(QStringLiteral("rule_name")).toString();
    schedule.channel = object.value(QStringLiteral("channel")).toString();
    schedule.staleDays = object.value(QStringLiteral("stale_days")).toInt();
    schedule.rotationDays = object.value(QStringLiteral("rotation_days")).toInt();
    schedule.signInThreshold = object.value(QStringLiteral("sign_in_threshold")).toInt();
    schedule.active = object.value(QStringLiteral("active")).toBool(true);
    schedule.nextRunAt = fromApiTime(object.value(QStringLiteral("next_run_at")).toString());
    schedule.lastRunAt = fromApiTime(object.value(QStringLiteral("last_run_at")).toString());
    schedule.lastOutcome = object.value(QStringLiteral("last_outcome")).toString();
    schedule.lastError = object.value(QStringLiteral("last_error")).toString();
    schedule.lastFailedChecks = object.value(QStringLiteral("last_failed_checks")).toInt();
    schedule.attempts = object.value(QStringLiteral("attempts")).toInt();
    schedule.createdBy = object.value(QStringLiteral("created_by")).toString();
    schedule.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    return schedule;
}

QDateTime ComplianceSchedule::periodStart(const QString &frequency, const QDateTime &runAt)
{
    return frequency == u"monthly" ? runAt.toUTC().addMonths(-1) : runAt.toUTC().addDays(-7);
}

QDateTime ComplianceSchedule::nextRunAfter(const QString &frequency, const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    if (frequency == u"monthly")
        return QDateTime(QDate(today.year(), today.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC);
    return QDateTime(today.addDays(8 - today.dayOfWeek()), QTime(0, 0), Qt::UTC); // Monday is day 1
}

ComplianceScheduleFields ComplianceScheduleFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    ComplianceScheduleFields fields;
    fields.name = reader.string(QStringLiteral("name"));
    fields.frequency = reader.string(QStringLiteral("frequency"));
    fields.ruleId = reader.integer(QStringLiteral("rule_id"));
    fields.staleDays = reader.integer(QStringLiteral("stale_days"));
    fields.rotationDays = reader.integer(QStringLiteral("rotation_days"));
    fields.signInThreshold = reader.integer(QStringLiteral("sign_in_threshold"));
    fields.active = reader.boolean(QStringLiteral("active"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject ComplianceScheduleFields::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(QStringLiteral("name"), *name);
    if (frequency)
        json.insert(QStringLiteral("frequency"), *frequency);
    if (ruleId)
        json.insert(QStringLiteral("rule_id"), *ruleId);
    if (staleDays)
        json.insert(QStringLiteral("stale_days"), *staleDays);
    if (rotationDays)
        json.insert(QStringLiteral("rotation_days"), *rotationDays);
    if (signInThreshold)
        json.insert(QStringLiteral("sign_in_threshold"), *signInThreshold);
    if (active)
        json.insert(QStringLiteral("active"), *active);
    return json;
}

FieldErrors ComplianceScheduleFields::validate(bool creating) const
{
    FieldErrors errors;
    for (const auto &[present, key] :
         {std::pair{name.has_value(), "name"}, std::pair{frequency.has_value(), "frequency"},
          std::pair{ruleId.has_value(), "rule_id"}}) {
        if (creating && !present)
            errors.append(requiredField(QString::fromLatin1(key)));
    }
    if (name && (name->trimmed().isEmpty() || name->size() > kNameMax))
        errors.append(invalidField(QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters").arg(kNameMax)));
    if (frequency && !ComplianceSchedule::kFrequencies.contains(*frequency))
        errors.append(invalidField(QStringLiteral("frequency"), QStringLiteral("must be weekly or monthly")));
    if (ruleId && *ruleId < 1)
        errors.append(invalidField(QStringLiteral("rule_id"), QStringLiteral("must be a notification rule's id")));
    const auto days = [&errors](const std::optional<qint64> &value, const char *key, qint64 max) {
        if (value && (*value < 1 || *value > max))
            errors.append(
                invalidField(QString::fromLatin1(key), QStringLiteral("must be an integer from 1 to %1").arg(max)));
    };
    days(staleDays, "stale_days", ComplianceQuery::kMaxDays);
    days(rotationDays, "rotation_days", ComplianceQuery::kMaxDays);
    days(signInThreshold, "sign_in_threshold", 100000);
    return errors;
}

} // namespace adp::shared
