#include "ComplianceScheduleRepository.h"

#include "storage/SqlValues.h"

namespace adp::server::compliance {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT s.id, s.name, s.frequency, COALESCE(s.rule_id, 0), COALESCE(p.slug, ''), COALESCE(r.name, ''), "
    "COALESCE(r.channel, ''), s.stale_days, s.rotation_days, s.sign_in_threshold, s.active, s.next_run_at, "
    "s.last_run_at, s.last_outcome, s.last_error, s.last_failed_checks, s.attempts, COALESCE(u.username, ''), "
    "s.created_at FROM compliance_schedules s LEFT JOIN notification_rules r ON r.id = s.rule_id "
    "LEFT JOIN projects p ON p.id = r.project_id LEFT JOIN users u ON u.id = s.created_by ");
} // namespace

QList<shared::ComplianceSchedule> ComplianceScheduleRepository::select(const QString &where,
                                                                       const storage::SqlParams &params) const
{
    const auto rows = m_database.query(kSelect + where, params);
    return rows.map([&rows](int row) {
        shared::ComplianceSchedule schedule;
        schedule.id = rows.value(row, 0).toLongLong();
        schedule.name = rows.value(row, 1).toString();
        schedule.frequency = rows.value(row, 2).toString();
        schedule.ruleId = rows.value(row, 3).toLongLong();
        schedule.ruleProject = rows.value(row, 4).toString();
        schedule.ruleName = rows.value(row, 5).toString();
        schedule.channel = rows.value(row, 6).toString();
        schedule.staleDays = rows.value(row, 7).toInt();
        schedule.rotationDays = rows.value(row, 8).toInt();
        schedule.signInThreshold = rows.value(row, 9).toInt();
        schedule.active = rows.value(row, 10).toBool();
        schedule.nextRunAt = storage::timeFromMs(rows.value(row, 11));
        schedule.lastRunAt = storage::timeFromMs(rows.value(row, 12));
        schedule.lastOutcome = rows.value(row, 13).toString();
        schedule.lastError = rows.value(row, 14).toString();
        schedule.lastFailedChecks = rows.value(row, 15).toInt();
        schedule.attempts = rows.value(row, 16).toInt();
        schedule.createdBy = rows.value(row, 17).toString();
        schedule.createdAt = storage::timeFromMs(rows.value(row, 18));
        return schedule;
    });
}

std::optional<shared::ComplianceSchedule> ComplianceScheduleRepository::find(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE s.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<shared::ComplianceSchedule> ComplianceScheduleRepository::list() const
{
    return select(QStringLiteral("ORDER BY s.id"), {});
}

bool ComplianceScheduleRepository::nameTaken(const QString &name, qint64 exceptId) const
{
    return !m_database
                .query(QStringLiteral("SELECT 1 FROM compliance_schedules WHERE name = ? AND id <> ?"),
                       {name, exceptId})
                .isEmpty();
}

qint64 ComplianceScheduleRepository::insert(storage::Transaction &tx, const shared::ComplianceSchedule &schedule,
                                            qint64 createdBy, qint64 nowMs)
{
    return tx
        .exec(QStringLiteral("INSERT INTO compliance_schedules (name, frequency, rule_id, stale_days, rotation_days, "
                             "sign_in_threshold, active, next_run_at, created_by, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {schedule.name, schedule.frequency, schedule.ruleId, schedule.staleDays, schedule.rotationDays,
               schedule.signInThreshold, schedule.active, schedule.nextRunAt.toMSecsSinceEpoch(),
               storage::idOrNull(createdBy), nowMs, nowMs})
        .value(0, 0)
        .toLongLong();
}

void ComplianceScheduleRepository::update(storage::Transaction &tx, const shared::ComplianceSchedule &schedule,
                                          qint64 nowMs)
{
    tx.exec(QStringLiteral("UPDATE compliance_schedules SET name = ?, frequency = ?, rule_id = ?, stale_days = ?, "
                           "rotation_days = ?, sign_in_threshold = ?, active = ?, next_run_at = ?, attempts = 0, "
                           "updated_at = ? WHERE id = ?"),
            {schedule.name, schedule.frequency, storage::idOrNull(schedule.ruleId), schedule.staleDays,
             schedule.rotationDays, schedule.signInThreshold, schedule.active, schedule.nextRunAt.toMSecsSinceEpoch(),
             nowMs, schedule.id});
}

void ComplianceScheduleRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM compliance_schedules WHERE id = ?"), {id});
}

std::optional<shared::ComplianceSchedule> ComplianceScheduleRepository::claimDue(qint64 nowMs, qint64 untilMs,
                                                                                 qint64 afterId)
{
    // A read first: polling with a write would take SQLite's write lock every second for nothing.
    const auto due = m_database.query(
        QStringLiteral(
            "SELECT id FROM compliance_schedules WHERE active = ? AND next_run_at <= ? AND claimed_until <= ? "
            "AND id > ? ORDER BY id LIMIT 1"),
        {true, nowMs, nowMs, afterId});
    if (due.isEmpty())
        return std::nullopt;
    const qint64 id = due.value(0, 0).toLongLong();
    // The claim holds only if nobody took it meanwhile (another replica).
    const auto claimed = m_database.query(
        QStringLiteral("UPDATE compliance_schedules SET claimed_until = ? WHERE id = ? AND claimed_until <= ? "
                       "AND active = ? RETURNING id"),
        {untilMs, id, nowMs, true});
    if (claimed.isEmpty())
        return std::nullopt;
    return find(id);
}

void ComplianceScheduleRepository::settle(qint64 id, const QString &outcome, const QString &error, int failedChecks,
                                          qint64 ranMs, qint64 nextRunMs)
{
    m_database.query(QStringLiteral("UPDATE compliance_schedules SET last_outcome = ?, last_error = ?, "
                                    "last_failed_checks = ?, last_run_at = ?, next_run_at = ?, attempts = 0, "
                                    "claimed_until = 0 WHERE id = ?"),
                     {outcome, error, failedChecks, ranMs, nextRunMs, id});
}

void ComplianceScheduleRepository::retryAt(qint64 id, int attempts, qint64 retryMs, const QString &error)
{
    // The period stays the one of next_run_at: the retry is kept apart from it in claimed_until.
    m_database.query(QStringLiteral("UPDATE compliance_schedules SET attempts = ?, last_error = ?, claimed_until = ? "
                                    "WHERE id = ?"),
                     {attempts, error, retryMs, id});
}

} // namespace adp::server::compliance
