#include "ScheduleService.h"

#include "shared/pipeline/CronSchedule.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QTimeZone>
#include <spdlog/spdlog.h>

namespace adp::server::schedules {

struct ScheduleService::Stored
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString projectSlug;
    QString description;
    QString cron;
    QString timezone;
    QString ref;
    runner::VariableList variables;
    bool active = true;
    qint64 ownerId = 0;
    QString ownerName;
    std::optional<qint64> nextRunMs;
    std::optional<qint64> lastRunMs;
    qint64 lastPipelineId = 0;
    QString lastError;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.project_id, pr.slug, s.description, s.cron, s.timezone, s.ref, s.variables, s.active, "
    "COALESCE(s.owner_id, 0), COALESCE(u.username, ''), s.next_run_at, s.last_run_at, COALESCE(s.last_pipeline_id, 0), "
    "s.last_error, s.created_at, s.updated_at FROM pipeline_schedules s JOIN projects pr ON pr.id = s.project_id "
    "LEFT JOIN users u ON u.id = s.owner_id ");

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QDateTime timeOf(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value.has_value() ? QVariant(value.value_or(0)) : QVariant();
}

QJsonArray keysOf(const runner::VariableList &variables)
{
    QJsonArray keys;
    for (const auto &variable : variables)
        keys.append(variable.first);
    return keys;
}

// What the audit trail keeps of a schedule: no variable values.
QJsonObject summary(const QString &description, const QString &cron, const QString &timezone, const QString &ref,
                    bool active, const runner::VariableList &variables)
{
    return {{QStringLiteral("description"), description}, {QStringLiteral("cron"), cron},
            {QStringLiteral("timezone"), timezone},       {QStringLiteral("ref"), ref},
            {QStringLiteral("active"), active},           {QStringLiteral("variables"), keysOf(variables)}};
}

} // namespace

std::optional<ScheduleService::Stored> ScheduleService::load(qint64 id)
{
    const auto rows = m.database.query(kSelect + QStringLiteral("WHERE s.id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    Stored stored;
    stored.id = rows.value(0, 0).toLongLong();
    stored.projectId = rows.value(0, 1).toLongLong();
    stored.projectSlug = rows.value(0, 2).toString();
    stored.description = rows.value(0, 3).toString();
    stored.cron = rows.value(0, 4).toString();
    stored.timezone = rows.value(0, 5).toString();
    stored.ref = rows.value(0, 6).toString();
    stored.variables = runner::openVariables(m.secrets, rows.value(0, 7).toString());
    stored.active = rows.value(0, 8).toBool();
    stored.ownerId = rows.value(0, 9).toLongLong();
    stored.ownerName = rows.value(0, 10).toString();
    stored.nextRunMs = optionalMs(rows.value(0, 11));
    stored.lastRunMs = optionalMs(rows.value(0, 12));
    stored.lastPipelineId = rows.value(0, 13).toLongLong();
    stored.lastError = rows.value(0, 14).toString();
    stored.createdMs = rows.value(0, 15).toLongLong();
    stored.updatedMs = rows.value(0, 16).toLongLong();
    return stored;
}

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

Outcome<qint64> ScheduleService::authorize(const MutationContext &context, const Stored &stored, const QString &action,
                                           shared::ProjectRole *role)
{
    return m.projects.authorizeWithin(context, stored.projectId, action, QStringLiteral("Schedule"), role);
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
    const auto ids =
        m.database.query(QStringLiteral("SELECT id FROM pipeline_schedules WHERE project_id = ? ORDER BY id"),
                         {found.value().project.id});
    QList<shared::PipelineSchedule> schedules;
    for (int row = 0; row < ids.size(); ++row) {
        if (const auto stored = load(ids.value(row, 0).toLongLong()))
            schedules.append(present(*stored, showValues));
    }
    return schedules;
}

Outcome<shared::PipelineSchedule> ScheduleService::get(const MutationContext &context, qint64 id)
{
    const auto stored = load(id);
    if (!stored)
        return ServiceError::notFound(QStringLiteral("Schedule"));
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto allowed = authorize(context, *stored, QStringLiteral("pipeline.schedule.read"), &role);
    if (!allowed.ok())
        return allowed.error();
    return present(*stored, context.actor.isAdmin || role >= shared::ProjectRole::Maintainer);
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
    const qint64 projectId = found.value().project.id;
    const qint64 now = m.clock.nowMs();
    const bool active = fields.active.value_or(true);
    const runner::VariableList variables = fields.variables.value_or(runner::VariableList{});
    storage::Transaction tx(m.database);
    const qint64 id =
        tx.exec(
              QStringLiteral("INSERT INTO pipeline_schedules (project_id, description, cron, timezone, ref, variables, "
                             "active, owner_id, next_run_at, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {projectId, *fields.description, *fields.cron, timezone, *fields.ref, runner::sealVariables(m.secrets, variables), active,
               context.actor.userId, active ? nullable(nextRunMs(*fields.cron, timezone, now)) : QVariant(), now, now})
            .value(0, 0)
            .toLongLong();
    m.audit.record(tx, context,
                   {QStringLiteral("pipeline_schedule.created"),
                    QStringLiteral("pipeline_schedule"),
                    QString::number(id),
                    {},
                    summary(*fields.description, *fields.cron, timezone, *fields.ref, active, variables)});
    tx.commit();
    return present(*load(id), context.actor.isAdmin || role >= shared::ProjectRole::Maintainer);
}

Outcome<shared::PipelineSchedule> ScheduleService::update(const MutationContext &context, qint64 id,
                                                          const shared::PipelineScheduleFields &fields,
                                                          const shared::FieldErrors &invalid)
{
    const auto stored = load(id);
    if (!stored)
        return ServiceError::notFound(QStringLiteral("Schedule"));
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto allowed = authorize(context, *stored, QStringLiteral("pipeline.schedule.update"), &role);
    if (!allowed.ok())
        return allowed.error();
    // A developer changes their own schedules; another's runs as them, so only maintainers touch it.
    if (stored->ownerId != context.actor.userId && role < shared::ProjectRole::Maintainer)
        return m.authorizer.deny(context, QStringLiteral("pipeline.schedule.update"),
                                 QStringLiteral("pipeline_schedule"), QString::number(id),
                                 QStringLiteral("Only its owner or a maintainer may change this schedule"));
    shared::FieldErrors errors = invalid + fields.validate(false);
    const QString cron = fields.cron.value_or(stored->cron);
    const QString timezone = fields.timezone.value_or(stored->timezone);
    if (errors.isEmpty())
        errors += checkTiming(cron, timezone);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const QString description = fields.description.value_or(stored->description);
    const QString ref = fields.ref.value_or(stored->ref);
    const runner::VariableList variables = fields.variables.value_or(stored->variables);
    const bool active = fields.active.value_or(stored->active);
    const qint64 now = m.clock.nowMs();
    // A changed timing or a reactivation starts from now; otherwise the next run stays where it was.
    const bool retimed = cron != stored->cron || timezone != stored->timezone || (active && !stored->active);
    std::optional<qint64> next;
    if (active)
        next = retimed ? nextRunMs(cron, timezone, now) : stored->nextRunMs;
    storage::Transaction tx(m.database);
    // Whoever changes a schedule owns it from then on, as in GitLab: it runs with their rights.
    tx.exec(
        QStringLiteral("UPDATE pipeline_schedules SET description = ?, cron = ?, timezone = ?, ref = ?, variables = ?, "
                       "active = ?, next_run_at = ?, owner_id = ?, updated_at = ? WHERE id = ?"),
        {description, cron, timezone, ref, runner::sealVariables(m.secrets, variables), active, nullable(next), context.actor.userId,
         now, id});
    m.audit.record(
        tx, context,
        {QStringLiteral("pipeline_schedule.updated"), QStringLiteral("pipeline_schedule"), QString::number(id),
         summary(stored->description, stored->cron, stored->timezone, stored->ref, stored->active, stored->variables),
         summary(description, cron, timezone, ref, active, variables)});
    tx.commit();
    return present(*load(id), context.actor.isAdmin || role >= shared::ProjectRole::Maintainer);
}

Outcome<Unit> ScheduleService::remove(const MutationContext &context, qint64 id)
{
    const auto stored = load(id);
    if (!stored)
        return ServiceError::notFound(QStringLiteral("Schedule"));
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto allowed = authorize(context, *stored, QStringLiteral("pipeline.schedule.delete"), &role);
    if (!allowed.ok())
        return allowed.error();
    if (stored->ownerId != context.actor.userId && role < shared::ProjectRole::Maintainer)
        return m.authorizer.deny(context, QStringLiteral("pipeline.schedule.delete"),
                                 QStringLiteral("pipeline_schedule"), QString::number(id),
                                 QStringLiteral("Only its owner or a maintainer may delete this schedule"));
    storage::Transaction tx(m.database);
    tx.exec(QStringLiteral("DELETE FROM pipeline_schedules WHERE id = ?"), {id});
    m.audit.record(
        tx, context,
        {QStringLiteral("pipeline_schedule.deleted"),
         QStringLiteral("pipeline_schedule"),
         QString::number(id),
         summary(stored->description, stored->cron, stored->timezone, stored->ref, stored->active, stored->variables),
         {}});
    tx.commit();
    return Unit{};
}

Outcome<shared::Pipeline> ScheduleService::play(const MutationContext &context, qint64 id)
{
    const auto stored = load(id);
    if (!stored)
        return ServiceError::notFound(QStringLiteral("Schedule"));
    const auto allowed = authorize(context, *stored, QStringLiteral("pipeline.schedule.play"));
    if (!allowed.ok())
        return allowed.error();
    shared::PipelineRunRequest request;
    request.ref = stored->ref;
    request.variables = stored->variables;
    const auto created =
        m.pipelines.run(context, QString::number(stored->projectId), request, QStringLiteral("schedule"));
    m.database.query(
        QStringLiteral("UPDATE pipeline_schedules SET last_run_at = ?, last_pipeline_id = ?, last_error = ? "
                       "WHERE id = ?"),
        {m.clock.nowMs(), created.ok() ? QVariant(created.value().id) : QVariant(),
         created.ok() ? QString() : created.error().message, id});
    return created;
}

int ScheduleService::runDue()
{
    const qint64 now = m.clock.nowMs();
    const auto due = m.database.query(
        QStringLiteral(
            "SELECT id FROM pipeline_schedules WHERE active = ? AND next_run_at <= ? ORDER BY next_run_at LIMIT 100"),
        {true, now});
    int made = 0;
    for (int row = 0; row < due.size(); ++row) {
        if (const auto stored = load(due.value(row, 0).toLongLong()))
            runScheduled(*stored, now, made);
    }
    return made;
}

void ScheduleService::runScheduled(const Stored &stored, qint64 nowMs, int &made)
{
    // Its next time counts from now, not from the missed one: one run however long the server was down.
    const std::optional<qint64> next = nextRunMs(stored.cron, stored.timezone, nowMs);
    QString error;
    std::optional<pipelines::PipelineService::Prepared> prepared;
    MutationContext context;
    const auto owner = stored.ownerId > 0 ? m.users.findById(stored.ownerId) : std::nullopt;
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
                                             : Outcome<pipelines::PipelineService::Prepared>(commit.error());
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
        if (tx.exec(QStringLiteral("UPDATE pipeline_schedules SET next_run_at = ?, last_run_at = ?, last_error = ? "
                                   "WHERE id = ? AND next_run_at = ? AND active = ? RETURNING id"),
                    {nullable(next), nowMs, error, stored.id, nullable(stored.nextRunMs), true})
                .isEmpty())
            return;
        if (prepared) {
            created = m.pipelines.store(tx, context, *prepared);
            tx.exec(QStringLiteral("UPDATE pipeline_schedules SET last_pipeline_id = ? WHERE id = ?"),
                    {created->id, stored.id});
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
