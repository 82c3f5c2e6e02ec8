#include "ScheduleRepository.h"

#include "storage/Transaction.h"

namespace adp::server::schedules {

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

QVariant nullable(const std::optional<qint64> &value)
{
    return value.has_value() ? QVariant(value.value_or(0)) : QVariant();
}

} // namespace

QList<ScheduleRepository::Stored> ScheduleRepository::select(const QString &where, const storage::SqlParams &params)
{
    const auto rows = m_database.query(kSelect + where, params);
    return rows.map([&rows, this](int row) {
        Stored stored;
        stored.id = rows.value(row, 0).toLongLong();
        stored.projectId = rows.value(row, 1).toLongLong();
        stored.projectSlug = rows.value(row, 2).toString();
        stored.description = rows.value(row, 3).toString();
        stored.cron = rows.value(row, 4).toString();
        stored.timezone = rows.value(row, 5).toString();
        stored.ref = rows.value(row, 6).toString();
        stored.variables = ci::openVariables(m_secrets, rows.value(row, 7).toString());
        stored.active = rows.value(row, 8).toBool();
        stored.ownerId = rows.value(row, 9).toLongLong();
        stored.ownerName = rows.value(row, 10).toString();
        stored.nextRunMs = optionalMs(rows.value(row, 11));
        stored.lastRunMs = optionalMs(rows.value(row, 12));
        stored.lastPipelineId = rows.value(row, 13).toLongLong();
        stored.lastError = rows.value(row, 14).toString();
        stored.createdMs = rows.value(row, 15).toLongLong();
        stored.updatedMs = rows.value(row, 16).toLongLong();
        return stored;
    });
}

std::optional<ScheduleRepository::Stored> ScheduleRepository::find(qint64 id)
{
    const QList<Stored> found = select(QStringLiteral("WHERE s.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Stored>(found.constFirst());
}

QList<ScheduleRepository::Stored> ScheduleRepository::listOf(qint64 projectId)
{
    return select(QStringLiteral("WHERE s.project_id = ? ORDER BY s.id"), {projectId});
}

QList<ScheduleRepository::Stored> ScheduleRepository::due(qint64 nowMs, int limit)
{
    return select(QStringLiteral("WHERE s.active = ? AND s.next_run_at <= ? ORDER BY s.next_run_at LIMIT ?"),
                  {true, nowMs, limit});
}

qint64 ScheduleRepository::insert(storage::Transaction &tx, qint64 projectId, const Values &v)
{
    return tx
        .exec(QStringLiteral("INSERT INTO pipeline_schedules (project_id, description, cron, timezone, ref, variables, "
                             "active, owner_id, next_run_at, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {projectId, v.description, v.cron, v.timezone, v.ref, ci::sealVariables(m_secrets, v.variables), v.active,
               v.ownerId, nullable(v.nextRunMs), v.nowMs, v.nowMs})
        .value(0, 0)
        .toLongLong();
}

void ScheduleRepository::update(storage::Transaction &tx, qint64 id, const Values &v)
{
    tx.exec(QStringLiteral("UPDATE pipeline_schedules SET description = ?, cron = ?, timezone = ?, ref = ?, "
                           "variables = ?, active = ?, next_run_at = ?, owner_id = ?, updated_at = ? WHERE id = ?"),
            {v.description, v.cron, v.timezone, v.ref, ci::sealVariables(m_secrets, v.variables), v.active,
             nullable(v.nextRunMs), v.ownerId, v.nowMs, id});
}

void ScheduleRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM pipeline_schedules WHERE id = ?"), {id});
}

void ScheduleRepository::recordPlay(qint64 id, qint64 nowMs, std::optional<qint64> pipelineId, const QString &error)
{
    m_database.query(
        QStringLiteral("UPDATE pipeline_schedules SET last_run_at = ?, last_pipeline_id = ?, last_error = ? "
                       "WHERE id = ?"),
        {nowMs, nullable(pipelineId), error, id});
}

bool ScheduleRepository::advance(storage::Transaction &tx, const Stored &stored, std::optional<qint64> next,
                                 qint64 nowMs, const QString &error)
{
    return !tx.exec(QStringLiteral("UPDATE pipeline_schedules SET next_run_at = ?, last_run_at = ?, last_error = ? "
                                   "WHERE id = ? AND next_run_at = ? AND active = ? RETURNING id"),
                    {nullable(next), nowMs, error, stored.id, nullable(stored.nextRunMs), true})
                .isEmpty();
}

void ScheduleRepository::setLastPipeline(storage::Transaction &tx, qint64 id, qint64 pipelineId)
{
    tx.exec(QStringLiteral("UPDATE pipeline_schedules SET last_pipeline_id = ? WHERE id = ?"), {pipelineId, id});
}

} // namespace adp::server::schedules
