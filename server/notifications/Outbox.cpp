#include "Outbox.h"

#include "shared/pipeline/PathGlob.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::server::notifications {

namespace {

const QStringList kReportedStatuses = {QStringLiteral("pending"),  QStringLiteral("running"),
                                       QStringLiteral("success"),  QStringLiteral("failed"),
                                       QStringLiteral("canceled"), QStringLiteral("skipped")};
const QStringList kEnded = {QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("canceled")};

QStringList branchesOf(const QVariant &stored)
{
    QStringList branches;
    for (const QJsonValue &value : QJsonDocument::fromJson(stored.toString().toUtf8()).array())
        branches.append(value.toString());
    return branches;
}

} // namespace

bool Outbox::fires(const QString &when, const QStringList &branches, const QString &status, const QString &ref,
                   const QString &previous)
{
    const bool onBranch = branches.isEmpty() ||
                          std::any_of(branches.begin(), branches.end(),
                                      [&ref](const QString &glob) { return pipeline::PathGlob(glob).matches(ref); });
    if (!onBranch)
        return false;
    if (when == u"always")
        return true;
    if (when == u"failure")
        return status == u"failed";
    return when == u"recovery" && status == u"success" && previous == u"failed";
}

void Outbox::pipelineStatusChanged(const storage::Executor &exec, storage::Dialect dialect,
                                   const ports::PipelineStatusChange &change)
{
    const QString &status = change.status;
    if (!kReportedStatuses.contains(status) || change.isChild)
        return;
    const qint64 pipelineId = change.pipelineId;
    const qint64 projectId = change.projectId;
    const QString &ref = change.ref;
    const qint64 now = m_clock.nowMs();
    // On every pipeline's path: the commit status (when there is a token) and the rules an
    // ended pipeline may fire, in one round trip on PostgreSQL.
    const QString commitStatus =
        QStringLiteral("INSERT INTO outbound_deliveries (project_id, pipeline_id, rule_id, pipeline_status, state, "
                       "next_attempt_at, created_at) SELECT project_id, ?, NULL, ?, 'pending', ?, ? "
                       "FROM project_repository_tokens WHERE project_id = ?");
    const storage::SqlParams commitParams{pipelineId, status, now, now, projectId};
    const QString activeRules = QStringLiteral("SELECT id, on_event, branches FROM notification_rules "
                                               "WHERE project_id = ? AND active = ? AND ? ORDER BY id");
    const storage::SqlParams ruleParams{projectId, true, kEnded.contains(status)};
    storage::ResultSet rules;
    if (dialect == storage::Dialect::Postgres) {
        rules =
            exec(QStringLiteral("WITH reported AS (") + commitStatus + QStringLiteral(" RETURNING 1) ") + activeRules,
                 commitParams + ruleParams);
    } else {
        exec(commitStatus, commitParams);
        rules = exec(activeRules, ruleParams);
    }
    if (rules.isEmpty())
        return;
    const QString previous = m_pipelines.lastEndedStatusBefore(exec, projectId, ref, pipelineId);
    for (int row = 0; row < rules.size(); ++row) {
        if (!fires(rules.value(row, 1).toString(), branchesOf(rules.value(row, 2)), status, ref, previous))
            continue;
        exec(QStringLiteral("INSERT INTO outbound_deliveries (project_id, pipeline_id, rule_id, pipeline_status, "
                            "state, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)"),
             {projectId, pipelineId, rules.value(row, 0).toLongLong(), status, now, now});
    }
}

QList<Outbox::Due> Outbox::claimDue(qint64 claimMs, int batch)
{
    const qint64 now = m_clock.nowMs();
    // A read first: polling with a write would take SQLite's write lock twice a second for nothing.
    if (m_database
            .query(QStringLiteral("SELECT 1 FROM outbound_deliveries WHERE state = 'pending' AND next_attempt_at <= ? "
                                  "LIMIT 1"),
                   {now})
            .isEmpty())
        return {};
    const QString skipLocked =
        m_database.dialect() == storage::Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    const auto rows = m_database.query(
        QStringLiteral("UPDATE outbound_deliveries SET next_attempt_at = ?, attempts = attempts + 1 WHERE id IN "
                       "(SELECT id FROM outbound_deliveries WHERE state = 'pending' AND next_attempt_at <= ? "
                       "ORDER BY id LIMIT ?%1) "
                       "RETURNING id, project_id, pipeline_id, COALESCE(rule_id, 0), pipeline_status, attempts")
            .arg(skipLocked),
        {now + claimMs, now, batch});
    QList<Due> due;
    for (int row = 0; row < rows.size(); ++row)
        due.append({rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong(), rows.value(row, 2).toLongLong(),
                    rows.value(row, 3).toLongLong(), rows.value(row, 4).toString(), rows.value(row, 5).toInt()});
    std::sort(due.begin(), due.end(), [](const Due &a, const Due &b) { return a.id < b.id; });
    return due;
}

bool Outbox::superseded(const Due &due) const
{
    return !m_database
                .query(QStringLiteral("SELECT 1 FROM outbound_deliveries WHERE pipeline_id = ? AND rule_id IS NULL "
                                      "AND id > ? LIMIT 1"),
                       {due.pipelineId, due.id})
                .isEmpty();
}

void Outbox::settle(qint64 id, const QString &state)
{
    m_database.query(
        QStringLiteral("UPDATE outbound_deliveries SET state = ?, finished_at = ?, last_error = '' WHERE id = ?"),
        {state, m_clock.nowMs(), id});
}

void Outbox::retryAt(qint64 id, qint64 atMs, const QString &error)
{
    m_database.query(QStringLiteral("UPDATE outbound_deliveries SET next_attempt_at = ?, last_error = ? WHERE id = ?"),
                     {atMs, error, id});
}

void Outbox::fail(qint64 id, const QString &error)
{
    m_database.query(QStringLiteral("UPDATE outbound_deliveries SET state = 'failed', finished_at = ?, last_error = ? "
                                    "WHERE id = ?"),
                     {m_clock.nowMs(), error, id});
}

} // namespace adp::server::notifications
