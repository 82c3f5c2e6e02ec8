#include "ComplianceSchedules.h"

#include "shared/core/ComplianceReport.h"

namespace adp::server::compliance {

using shared::ComplianceSchedule;
using shared::ComplianceScheduleFields;
using shared::FieldErrors;

namespace {
const QString kTarget = QStringLiteral("compliance_schedule");
const QString kWhat = QStringLiteral("Compliance schedule");
} // namespace

QJsonObject ComplianceSchedules::summary(const ComplianceSchedule &schedule)
{
    return {{QStringLiteral("name"), schedule.name},
            {QStringLiteral("frequency"), schedule.frequency},
            {QStringLiteral("rule_id"), schedule.ruleId},
            {QStringLiteral("stale_days"), schedule.staleDays},
            {QStringLiteral("rotation_days"), schedule.rotationDays},
            {QStringLiteral("sign_in_threshold"), schedule.signInThreshold},
            {QStringLiteral("active"), schedule.active}};
}

Outcome<ComplianceSchedule> ComplianceSchedules::merged(const MutationContext &context,
                                                        const ComplianceSchedule &current,
                                                        const ComplianceScheduleFields &fields, FieldErrors errors,
                                                        bool creating) const
{
    errors.append(fields.validate(creating));
    ComplianceSchedule schedule = current;
    if (fields.name) {
        schedule.name = fields.name->trimmed();
        if (!schedule.name.isEmpty() && m.schedules.nameTaken(schedule.name, schedule.id))
            errors.append({QStringLiteral("name"), QString::fromLatin1(shared::fieldcodes::Taken),
                           QStringLiteral("is the name of another schedule")});
    }
    if (fields.frequency && *fields.frequency != schedule.frequency) {
        schedule.frequency = *fields.frequency;
        if (ComplianceSchedule::kFrequencies.contains(schedule.frequency))
            schedule.nextRunAt = ComplianceSchedule::nextRunAfter(schedule.frequency, m.clock.now());
    }
    if (fields.ruleId && *fields.ruleId > 0) {
        const auto rule = m.rules.ruleFor(context, *fields.ruleId);
        if (!rule.ok())
            errors.append(shared::invalidField(QStringLiteral("rule_id"),
                                               QStringLiteral("is not a notification rule you may read")));
        else {
            schedule.ruleId = rule.value().id;
            schedule.ruleProject = rule.value().project;
            schedule.ruleName = rule.value().name;
            schedule.channel = rule.value().channel;
        }
    }
    if (fields.staleDays)
        schedule.staleDays = int(*fields.staleDays);
    if (fields.rotationDays)
        schedule.rotationDays = int(*fields.rotationDays);
    if (fields.signInThreshold)
        schedule.signInThreshold = int(*fields.signInThreshold);
    if (fields.active)
        schedule.active = *fields.active;
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    return schedule;
}

Outcome<QList<ComplianceSchedule>> ComplianceSchedules::list(const MutationContext &) const
{
    return m.schedules.list();
}

Outcome<ComplianceSchedule> ComplianceSchedules::get(const MutationContext &, qint64 id) const
{
    const auto found = m.schedules.find(id);
    if (!found)
        return ServiceError::notFound(kWhat);
    return *found;
}

Outcome<ComplianceSchedule> ComplianceSchedules::create(const MutationContext &context,
                                                        const ComplianceScheduleFields &fields,
                                                        const FieldErrors &invalid)
{
    ComplianceSchedule empty;
    empty.staleDays = shared::ComplianceQuery::kDefaultStaleDays;
    empty.rotationDays = shared::ComplianceQuery::kDefaultRotationDays;
    empty.signInThreshold = shared::ComplianceQuery::kDefaultSignInThreshold;
    const auto schedule = merged(context, empty, fields, invalid, true);
    if (!schedule.ok())
        return schedule.error();
    qint64 id = 0;
    {
        storage::Transaction tx(m.database);
        id = m.schedules.insert(tx, schedule.value(), context.actor.userId, m.clock.nowMs());
        m.audit.record(tx, context,
                       {QStringLiteral("compliance.schedule_created"),
                        kTarget,
                        QString::number(id),
                        {},
                        summary(schedule.value())});
        tx.commit();
    }
    return *m.schedules.find(id);
}

Outcome<ComplianceSchedule> ComplianceSchedules::update(const MutationContext &context, qint64 id,
                                                        const ComplianceScheduleFields &fields,
                                                        const FieldErrors &invalid)
{
    const auto current = m.schedules.find(id);
    if (!current)
        return ServiceError::notFound(kWhat);
    const auto schedule = merged(context, *current, fields, invalid, false);
    if (!schedule.ok())
        return schedule.error();
    {
        storage::Transaction tx(m.database);
        m.schedules.update(tx, schedule.value(), m.clock.nowMs());
        m.audit.record(tx, context,
                       {QStringLiteral("compliance.schedule_updated"), kTarget, QString::number(id), summary(*current),
                        summary(schedule.value())});
        tx.commit();
    }
    return *m.schedules.find(id);
}

Outcome<Unit> ComplianceSchedules::remove(const MutationContext &context, qint64 id)
{
    const auto current = m.schedules.find(id);
    if (!current)
        return ServiceError::notFound(kWhat);
    storage::Transaction tx(m.database);
    m.schedules.remove(tx, id);
    m.audit.record(
        tx, context,
        {QStringLiteral("compliance.schedule_deleted"), kTarget, QString::number(id), summary(*current), {}});
    tx.commit();
    return Unit{};
}

Outcome<ComplianceSchedule> ComplianceSchedules::runNow(const MutationContext &context, qint64 id)
{
    auto current = m.schedules.find(id);
    if (!current)
        return ServiceError::notFound(kWhat);
    if (current->ruleId == 0)
        return ServiceError::conflict(
            QStringLiteral("The schedule's notification rule was deleted: name another one first"));
    if (!current->active)
        return ServiceError::conflict(QStringLiteral("The schedule is paused: resume it first"));
    current->nextRunAt = m.clock.now();
    {
        storage::Transaction tx(m.database);
        m.schedules.update(tx, *current, m.clock.nowMs());
        m.audit.record(
            tx, context,
            {QStringLiteral("compliance.schedule_run"), kTarget, QString::number(id), {}, summary(*current)});
        tx.commit();
    }
    return *m.schedules.find(id);
}

} // namespace adp::server::compliance
