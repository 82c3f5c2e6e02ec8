#include "PipelineSchedule.h"

#include "ApiTime.h"
#include "JsonFields.h"
#include "Pipeline.h"

#include <QJsonArray>

namespace adp::shared {

QJsonObject PipelineSchedule::toJson() const
{
    QJsonArray upcoming;
    for (const QDateTime &time : nextRuns)
        upcoming.append(toApiTime(time));
    return {{QStringLiteral("id"), id},
            {QStringLiteral("project"), project},
            {QStringLiteral("description"), description},
            {QStringLiteral("cron"), cron},
            {QStringLiteral("timezone"), timezone},
            {QStringLiteral("ref"), ref},
            {QStringLiteral("variables"), PipelineRunRequest::variablesToJson(variables)},
            {QStringLiteral("active"), active},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("next_run_at"), apiTimeOrNull(nextRunAt)},
            {QStringLiteral("next_runs"), upcoming},
            {QStringLiteral("last_run_at"), apiTimeOrNull(lastRunAt)},
            {QStringLiteral("last_pipeline_id"), lastPipelineId > 0 ? QJsonValue(lastPipelineId) : QJsonValue()},
            {QStringLiteral("last_error"), lastError},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
}

std::optional<PipelineSchedule> PipelineSchedule::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    PipelineSchedule schedule;
    schedule.id = object.value(QStringLiteral("id")).toInteger();
    schedule.project = object.value(QStringLiteral("project")).toString();
    schedule.description = object.value(QStringLiteral("description")).toString();
    schedule.cron = object.value(QStringLiteral("cron")).toString();
    schedule.timezone = object.value(QStringLiteral("timezone")).toString();
    schedule.ref = object.value(QStringLiteral("ref")).toString();
    FieldErrors ignored;
    schedule.variables = PipelineRunRequest::variablesFromJson(object.value(QStringLiteral("variables")), ignored);
    schedule.active = object.value(QStringLiteral("active")).toBool();
    schedule.owner = object.value(QStringLiteral("owner")).toString();
    schedule.nextRunAt = fromApiTime(object.value(QStringLiteral("next_run_at")).toString());
    for (const QJsonValue &time : object.value(QStringLiteral("next_runs")).toArray())
        schedule.nextRuns.append(fromApiTime(time.toString()));
    schedule.lastRunAt = fromApiTime(object.value(QStringLiteral("last_run_at")).toString());
    schedule.lastPipelineId = object.value(QStringLiteral("last_pipeline_id")).toInteger();
    schedule.lastError = object.value(QStringLiteral("last_error")).toString();
    schedule.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    schedule.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    return schedule;
}

PipelineScheduleFields PipelineScheduleFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    PipelineScheduleFields fields;
    fields.description = reader.string(QStringLiteral("description"));
    fields.cron = reader.string(QStringLiteral("cron"));
    fields.timezone = reader.string(QStringLiteral("timezone"));
    fields.ref = reader.string(QStringLiteral("ref"));
    fields.active = reader.boolean(QStringLiteral("active"));
    const QJsonValue variables = reader.raw(QStringLiteral("variables"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    if (!variables.isUndefined())
        fields.variables = PipelineRunRequest::variablesFromJson(variables, errors);
    if (fields.description)
        fields.description = fields.description->trimmed();
    if (fields.cron)
        fields.cron = fields.cron->trimmed();
    if (fields.timezone)
        fields.timezone = fields.timezone->trimmed();
    if (fields.ref)
        fields.ref = fields.ref->trimmed();
    return fields;
}

QJsonObject PipelineScheduleFields::toJson() const
{
    QJsonObject object;
    if (description)
        object.insert(QStringLiteral("description"), *description);
    if (cron)
        object.insert(QStringLiteral("cron"), *cron);
    if (timezone)
        object.insert(QStringLiteral("timezone"), *timezone);
    if (ref)
        object.insert(QStringLiteral("ref"), *ref);
    if (variables)
        object.insert(QStringLiteral("variables"), PipelineRunRequest::variablesToJson(*variables));
    if (active)
        object.insert(QStringLiteral("active"), *active);
    return object;
}

FieldErrors PipelineScheduleFields::validate(bool creating) const
{
    FieldErrors errors;
    const auto required = [&](const std::optional<QString> &value, const QString &field, int max) {
        if (creating && !value)
            errors.append({field, QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
        else if (value && value->isEmpty())
            errors.append({field, QString::fromLatin1(fieldcodes::Required), QStringLiteral("must not be empty")});
        else if (value && value->size() > max)
            errors.append({field, QString::fromLatin1(fieldcodes::TooLong),
                           QStringLiteral("must be at most %1 characters").arg(max)});
    };
    required(description, QStringLiteral("description"), kDescriptionMax);
    required(cron, QStringLiteral("cron"), kCronMax);
    if (ref || creating)
        PipelineRunRequest::checkRef(ref.value_or(QString()), errors);
    if (timezone && timezone->isEmpty())
        errors.append({QStringLiteral("timezone"), QString::fromLatin1(fieldcodes::Required),
                       QStringLiteral("must not be empty")});
    return errors;
}

} // namespace adp::shared
