#include "ScheduleService.h"

#include "shared/pipeline/CronSchedule.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QTimeZone>
#include <spdlog/spdlog.h>

namespace adp::server::schedules {

namespace {

QDateTime timeOf(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QJsonArray keysOf(const ci::VariableList &variables)
{
    QJsonArray keys;
    for (const auto &variable : variables)
        keys.append(variable.first);
    return keys;
}

// What the audit trail keeps of a schedule: no variable values.
QJsonObject summary(const QString &description, const QString &cron, const QString &timezone, const QString &ref,
                    bool active, const ci::VariableList &variables)
{
    return {{QStringLiteral("description"), description}, {QStringLiteral("cron"), cron},
            {QStringLiteral("timezone"), timezone},       {QStringLiteral("ref"), ref},
            {QStringLiteral("active"), active},           {QStringLiteral("variables"), keysOf(variables)}};
}

QJsonObject summaryOf(const ScheduleRepository::Stored &stored)
{
    return summary(stored.description, stored.cron, stored.timezone, stored.ref, stored.active, stored.variables);
}

} // namespace

shared::PipelineSchedule ScheduleService::present(const Stored &stored, bool showValues) const
{
    shared::PipelineSchedule schedule;
    schedule.id = stored.id;
    schedule.project = stored.projectSlug;
    schedule.description = stored.description;
    schedule.cron = stored.cron;
    schedule.timezone = stored.timezone;
    schedule.ref = stored.ref;
    schedule.variables = stored.variables;
    if (!showValues) {
        for (auto &variable : schedule.variables)
            variable.second.clear();
    }
    schedule.active = stored.active;
    schedule.owner = stored.ownerName;
    schedule.nextRunAt = timeOf(stored.nextRunMs);
    if (stored.active && stored.nextRunMs) {
        QString ignored;
        const auto cron = pipeline::CronSchedule::parse(stored.cron, &ignored);
        schedule.nextRuns.append(schedule.nextRunAt);
        if (cron)
            schedule.nextRuns += cron->next(schedule.nextRunAt, QTimeZone(stored.timezone.toUtf8()), kShownRuns - 1);
    }
    schedule.lastRunAt = timeOf(stored.lastRunMs);
    schedule.lastPipelineId = stored.lastPipelineId;
    schedule.lastError = stored.lastError;
    schedule.createdAt = timeOf(stored.createdMs);
    schedule.updatedAt = timeOf(stored.updatedMs);
    return schedule;
}

Outcome<ScheduleService::Stored> ScheduleService::find(const MutationContext &context, qint64 id, const QString &action,
                                                       shared::ProjectRole *role)
{
    return m.projects.authorizeThing(context, m.schedules.find(id), action, QStringLiteral("Schedule"), role);
}

shared::FieldErrors ScheduleService::checkTiming(const QString &cron, const QString &timezone) const
{
    shared::FieldErrors errors;
    QString problem;
    const auto parsed = pipeline::CronSchedule::parse(cron, &problem);
    if (!parsed)
        errors.append({QStringLiteral("cron"), QString::fromLatin1(shared::fieldcodes::InvalidValue), problem});
    const bool knownZone = QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8());
    if (!knownZone)
        errors.append({QStringLiteral("timezone"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("'%1' is not a known time zone; use an IANA name such as Europe/Berlin or UTC")
                           .arg(timezone)});
    if (parsed && knownZone && !parsed->nextAfter(m.clock.now(), QTimeZone(timezone.toUtf8())).isValid())
        errors.append({QStringLiteral("cron"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("'%1' never fires").arg(cron)});
    return errors;
}

std::optional<qint64> ScheduleService::nextRunMs(const QString &cron, const QString &timezone, qint64 afterMs) const
{
    QString ignored;
    const auto parsed = pipeline::CronSchedule::parse(cron, &ignored);
    if (!parsed)
        return std::nullopt;
    const QDateTime next =
        parsed->nextAfter(QDateTime::fromMSecsSinceEpoch(afterMs, Qt::UTC), QTimeZone(timezone.toUtf8()));
    return next.isValid() ? std::optional<qint64>(next.toMSecsSinceEpoch()) : std::nullopt;
}

Outcome<QList<shared::PipelineSchedule>> ScheduleService::list(const MutationContext &context,
                                                               const QString &projectKey)
{
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("pipeline.schedule.list"), &role);
    if (!found.ok())
        return found.error();
    const bool showValues = context.actor.isAdmin || role >= shared::ProjectRole::Maintainer;
    QList<shared::PipelineSchedule> schedules;
    for (const Stored &stored : m.schedules.listOf(found.value().project.id))
        schedules.append(present(stored, showValues));
    return schedules;
}

Outcome<shared::PipelineSchedule> ScheduleService::get(const MutationContext &context, qint64 id)
{
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto stored = find(context, id, QStringLiteral("pipeline.schedule.read"), &role);
    if (!stored.ok())
        return stored.error();
    return present(stored.value(), context.actor.isAdmin || role >= shared::ProjectRole::Maintainer);
}

Outcome<shared::PipelineSchedule> ScheduleService::create(const MutationContext &context, const QString &projectKey,
                                                          const shared::PipelineScheduleFields &fields,
                                                          const shared::FieldErrors &invalid)
{
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("pipeline.schedule.create"), &role);
    if (!found.ok())
        return found.error();
    shared::FieldErrors errors = invalid + fields.validate(true);
    const QString timezone = fields.timezone.value_or(QStringLiteral("UTC"));
    if (errors.isEmpty())
        errors += checkTiming(*fields.cron, timezone);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const qint64 now = m.clock.nowMs();
    ScheduleRepository::Values values{*fields.description,
                                      *fields.cron,
                                      timezone,
                                      *fields.ref,
                                      fields.variables.value_or(ci::VariableList{}),
                                      fields.active.value_or(true),
                                      std::nullopt,
                                      context.actor.userId,
                                      now};
    if (values.active)
        values.nextRunMs = nextRunMs(values.cron, timezone, now);
    storage::Transaction tx(m.database);
    const qint64 id = m.schedules.insert(tx, found.value().project.id, values);
    m.audit.record(tx, context,
                   {QStringLiteral("pipeline_schedule.created"),
                    QStringLiteral("pipeline_schedule"),
                    QString::number(id),
                    {},
                    summary(values.description, values.cron, timezone, values.ref, values.active, values.variables)});
    tx.commit();
    return present(*m.schedules.find(id), context.actor.isAdmin || role >= shared::ProjectRole::Maintainer);
}

Outcome<shared::PipelineSchedule> ScheduleService::update(const MutationContext &context, qint64 id,
                                                          const shared::PipelineScheduleFields &fields,
                                                          const shared::FieldErrors &invalid)
{
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto found = find(context, id, QStringLiteral("pipeline.schedule.update"), &role);
    if (!found.ok())
        return found.error();
    const Stored &stored = found.value();
    // A developer changes their own schedules; another's runs as them, so only maintainers touch it.
    if (stored.ownerId != context.actor.userId && role < shared::ProjectRole::Maintainer)
        return m.authorizer.deny(context, QStringLiteral("pipeline.schedule.update"),
                                 QStringLiteral("pipeline_schedule"), QString::number(id),
                                 QStringLiteral("Only its owner or a maintainer may change this schedule"));
    shared::FieldErrors errors = invalid + fields.validate(false);
    const QString cron = fields.cron.value_or(stored.cron);
    const QString timezone = fields.timezone.value_or(stored.timezone);
    if (errors.isEmpty())
        errors += checkTiming(cron, timezone);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const qint64 now = m.clock.nowMs();
    // Whoever changes a schedule owns it from then on, as in GitLab: it runs with their rights.
    ScheduleRepository::Values values{fields.description.value_or(stored.description),
                                      cron,
                                      timezone,
                                      fields.ref.value_or(stored.ref),
                                      fields.variables.value_or(stored.variables),
                                      fields.active.value_or(stored.active),
                                      std::nullopt,
                                      context.actor.userId,
                                      now};
    // A changed timing or a reactivation starts from now; otherwise the next run stays where it was.
    const bool retimed = cron != stored.cron || timezone != stored.timezone || (values.active && !stored.active);
    if (values.active)
        values.nextRunMs = retimed ? nextRunMs(cron, timezone, now) : stored.nextRunMs;
    storage::Transaction tx(m.database);
    m.schedules.update(tx, id, values);
    m.audit.record(tx, context,
                   {QStringLiteral("pipeline_schedule.updated"), QStringLiteral("pipeline_schedule"),
                    QString::number(id), summaryOf(stored),
                    summary(values.description, cron, timezone, values.ref, values.active, values.variables)});
    tx.commit();
    return present(*m.schedules.find(id), context.actor.isAdmin || role >= shared::ProjectRole::Maintainer);
}

Outcome<Unit> ScheduleService::remove(const MutationContext &context, qint64 id)
{
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto found = find(context, id, QStringLiteral("pipeline.schedule.delete"), &role);
    if (!found.ok())
        return found.error();
    if (found.value().ownerId != context.actor.userId && role < shared::ProjectRole::Maintainer)
        return m.authorizer.deny(context, QStringLiteral("pipeline.schedule.delete"),
                                 QStringLiteral("pipeline_schedule"), QString::number(id),
                                 QStringLiteral("Only its owner or a maintainer may delete this schedule"));
    storage::Transaction tx(m.database);
    m.audit.record(tx, context,
                   {QStringLiteral("pipeline_schedule.deleted"),
                    QStringLiteral("pipeline_schedule"),
                    QString::number(id),
                    summaryOf(found.value()),
                    {}});
    m.schedules.remove(tx, id);
    tx.commit();
    return Unit{};
}

Outcome<shared::Pipeline> ScheduleService::play(const MutationContext &context, qint64 id)
{
    const auto stored = find(context, id, QStringLiteral("pipeline.schedule.play"));
    if (!stored.ok())
        return stored.error();
    shared::PipelineRunRequest request;
    request.ref = stored.value().ref;
    request.variables = stored.value().variables;
    const auto created =
        m.pipelines.run(context, QString::number(stored.value().projectId), request, QStringLiteral("schedule"));
    m.schedules.recordPlay(id, m.clock.nowMs(), created.ok() ? std::optional<qint64>(created.value().id) : std::nullopt,
                           created.ok() ? QString() : created.error().message);
    return created;
}

int ScheduleService::runDue()
{
    const qint64 now = m.clock.nowMs();
    int made = 0;
    for (const Stored &stored : m.schedules.due(now, kDueBatch))
        runScheduled(stored, now, made);
    return made;
}

void ScheduleService::runScheduled(const Stored &stored, qint64 nowMs, int &made)
{
    // Its next time counts from now, not from the missed one: one run however long the server was down.
    const std::optional<qint64> next = nextRunMs(stored.cron, stored.timezone, nowMs);
    QString error;
    std::optional<ports::PreparedPipeline> prepared;
    MutationContext context;
    const auto owner = stored.ownerId > 0 ? m.users.userById(stored.ownerId) : std::nullopt;
    if (!owner) {
        error = QStringLiteral("the schedule has no owner any more; someone who may run pipelines must take it over");
    } else {
        context.actor.userId = owner->id;
        context.actor.username = owner->username;
        context.actor.isAdmin = owner->isAdmin;
        context.actor.isAuditor = owner->isAuditor;
        const auto found =
            m.projects.authorize(context, QString::number(stored.projectId), QStringLiteral("pipeline.create"));
        if (!found.ok()) {
            error = QStringLiteral("its owner %1 may not run pipelines here any more").arg(owner->username);
        } else {
            const shared::Project &project = found.value().project;
            const auto commit = m.mirror.resolve(project.id, project.repositoryUrl, stored.ref);
            const auto planned = commit.ok() ? m.pipelines.prepare(project, commit.value(),
                                                                   {QStringLiteral("schedule"), stored.variables, {}})
                                             : Outcome<ports::PreparedPipeline>(commit.error());
            if (planned.ok())
                prepared = planned.value();
            else
                error = planned.error().reason();
        }
    }
    std::optional<shared::Pipeline> created;
    {
        storage::Transaction tx(m.database);
        // Only the replica whose write moves the schedule on makes its pipeline.
        if (!m.schedules.advance(tx, stored, next, nowMs, error))
            return;
        if (prepared) {
            created = m.pipelines.store(tx, context, *prepared);
            m.schedules.setLastPipeline(tx, stored.id, created->id);
        }
        tx.commit();
    }
    if (created) {
        m.pipelines.announce(*created, stored.projectId);
        ++made;
        spdlog::info("schedule {} of project {} ran pipeline {}", stored.id, stored.projectSlug.toStdString(),
                     created->id);
    } else {
        spdlog::warn("schedule {} of project {} made no pipeline: {}", stored.id, stored.projectSlug.toStdString(),
                     error.toStdString());
    }
}

} // namespace adp::server::schedules
