#include "JobQueue.h"

#include "storage/Transaction.h"

#include <QJsonDocument>

namespace adp::server::pipelines {

namespace {
constexpr int kClaimAttempts = 5; // another worker may take the same job first
}

std::optional<JobQueue::Claimed> JobQueue::claim(const QString &worker, qint64 leaseMs)
{
    for (int attempt = 0; attempt < kClaimAttempts; ++attempt) {
        const auto candidate = m_database.query(QStringLiteral("SELECT id FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1"));
        if (candidate.isEmpty())
            return std::nullopt;
        const qint64 now = m_clock.nowMs();
        const qint64 id = candidate.value(0, 0).toLongLong();
        PipelineProgress::Changes started;
        {
            storage::Transaction tx(m_database);
            const auto taken = tx.exec(QStringLiteral("UPDATE jobs SET status = 'running', worker = ?, lease_until = ?, started_at = ? "
                                                      "WHERE id = ? AND status = 'pending' RETURNING pipeline_id, project_id"),
                                       {worker, now + leaseMs, now, id});
            if (taken.isEmpty())
                continue;
            const qint64 pipelineId = taken.value(0, 0).toLongLong();
            started = PipelineProgress::jobChanged(pipelineId, taken.value(0, 1).toLongLong(), id, QStringLiteral("running"));
            tx.exec(QStringLiteral("UPDATE pipelines SET status = 'running', started_at = COALESCE(started_at, ?) WHERE id = ?"),
                    {now, pipelineId});
            started.pipelineStatus = QStringLiteral("running");
            started.pipelineChanged = true;
            tx.commit();
        }
        m_progress.publish(started);
        const auto rows = m_database.query(
            QStringLiteral("SELECT j.id, j.pipeline_id, j.project_id, j.name, j.stage, j.spec, j.attempt, pr.slug, o.slug, "
                           "pr.default_branch, p.ref, p.is_tag, p.sha, p.commit_message, p.source, p.variables "
                           "FROM jobs j JOIN pipelines p ON p.id = j.pipeline_id JOIN projects pr ON pr.id = j.project_id "
                           "JOIN organisations o ON o.id = pr.organisation_id WHERE j.id = ?"),
            {id});
        Claimed claimed;
        claimed.id = id;
        claimed.pipelineId = rows.value(0, 1).toLongLong();
        claimed.projectId = rows.value(0, 2).toLongLong();
        claimed.name = rows.value(0, 3).toString();
        claimed.stage = rows.value(0, 4).toString();
        claimed.spec = QJsonDocument::fromJson(rows.value(0, 5).toString().toUtf8()).object();
        claimed.attempt = rows.value(0, 6).toInt();
        claimed.projectSlug = rows.value(0, 7).toString();
        claimed.projectPath = rows.value(0, 8).toString() + u'/' + claimed.projectSlug;
        claimed.defaultBranch = rows.value(0, 9).toString();
        claimed.ref = rows.value(0, 10).toString();
        claimed.isTag = rows.value(0, 11).toBool();
        claimed.sha = rows.value(0, 12).toString();
        claimed.commitMessage = rows.value(0, 13).toString();
        claimed.source = rows.value(0, 14).toString();
        claimed.pipelineVariables = QJsonDocument::fromJson(rows.value(0, 15).toString().toUtf8()).array();
        return claimed;
    }
    return std::nullopt;
}

bool JobQueue::heartbeat(qint64 jobId, const QString &worker, qint64 leaseMs)
{
    const auto renewed = m_database.query(QStringLiteral("UPDATE jobs SET lease_until = ? WHERE id = ? AND worker = ? AND status = 'running' "
                                                         "RETURNING id"),
                                          {m_clock.nowMs() + leaseMs, jobId, worker});
    return !renewed.isEmpty();
}

bool JobQueue::stillOurs(qint64 jobId, const QString &worker)
{
    return !m_database.query(QStringLiteral("SELECT 1 FROM jobs WHERE id = ? AND worker = ? AND status = 'running'"), {jobId, worker}).isEmpty();
}

bool JobQueue::finish(qint64 jobId, const QString &worker, const QString &status, std::optional<int> exitCode, const QString &reason)
{
    PipelineProgress::Changes changes;
    {
        storage::Transaction tx(m_database);
        const auto ended = tx.exec(QStringLiteral("UPDATE jobs SET status = ?, finished_at = ?, exit_code = ?, failure_reason = ?, "
                                                  "lease_until = NULL WHERE id = ? AND worker = ? AND status = 'running' "
                                                  "RETURNING pipeline_id, project_id"),
                                   {status, m_clock.nowMs(), exitCode ? QVariant(*exitCode) : QVariant(), reason, jobId, worker});
        if (ended.isEmpty())
            return false;
        changes = m_progress.advance(tx, ended.value(0, 0).toLongLong());
        changes.jobs.prepend({jobId, status});
        tx.commit();
    }
    m_progress.publish(changes);
    return true;
}

int JobQueue::recoverLost()
{
    const auto lost = m_database.query(QStringLiteral("SELECT j.id, j.attempt, j.spec FROM jobs j WHERE j.status = 'running' "
                                                      "AND j.lease_until < ?"),
                                       {m_clock.nowMs()});
    int recovered = 0;
    for (int row = 0; row < lost.size(); ++row) {
        const qint64 id = lost.value(row, 0).toLongLong();
        const int attempt = lost.value(row, 1).toInt();
        const QJsonObject retry = QJsonDocument::fromJson(lost.value(row, 2).toString().toUtf8()).object().value(QStringLiteral("retry")).toObject();
        QStringList when;
        for (const QJsonValue &reason : retry.value(QStringLiteral("when")).toArray())
            when.append(reason.toString());
        const bool retried = attempt <= retry.value(QStringLiteral("max")).toInt()
                             && (when.contains(QStringLiteral("always")) || when.contains(QStringLiteral("runner_system_failure")));
        PipelineProgress::Changes changes;
        {
            storage::Transaction tx(m_database);
            const auto taken = retried
                                   ? tx.exec(QStringLiteral("UPDATE jobs SET status = 'pending', attempt = attempt + 1, worker = '', "
                                                            "lease_until = NULL, started_at = NULL WHERE id = ? AND status = 'running' "
                                                            "AND lease_until < ? RETURNING pipeline_id, project_id"),
                                             {id, m_clock.nowMs()})
                                   : tx.exec(QStringLiteral("UPDATE jobs SET status = 'failed', finished_at = ?, lease_until = NULL, "
                                                            "failure_reason = 'worker lost' WHERE id = ? AND status = 'running' "
                                                            "AND lease_until < ? RETURNING pipeline_id, project_id"),
                                             {m_clock.nowMs(), id, m_clock.nowMs()});
            if (taken.isEmpty())
                continue;
            changes = m_progress.advance(tx, taken.value(0, 0).toLongLong());
            changes.jobs.prepend({id, retried ? QStringLiteral("pending") : QStringLiteral("failed")});
            tx.commit();
        }
        m_progress.publish(changes);
        ++recovered;
    }
    return recovered;
}

int JobQueue::startDue()
{
    const qint64 now = m_clock.nowMs();
    const auto due = m_database.query(QStringLiteral("SELECT id FROM jobs WHERE status = 'scheduled' AND queued_at <= ?"), {now});
    int started = 0;
    for (int row = 0; row < due.size(); ++row) {
        const qint64 id = due.value(row, 0).toLongLong();
        PipelineProgress::Changes changes;
        {
            storage::Transaction tx(m_database);
            const auto taken = tx.exec(QStringLiteral("UPDATE jobs SET status = 'pending', queued_at = ? WHERE id = ? AND status = 'scheduled' "
                                                      "RETURNING pipeline_id"),
                                       {now, id});
            if (taken.isEmpty())
                continue;
            changes = m_progress.advance(tx, taken.value(0, 0).toLongLong());
            changes.jobs.prepend({id, QStringLiteral("pending")});
            tx.commit();
        }
        m_progress.publish(changes);
        ++started;
    }
    return started;
}

void JobQueue::appendLog(qint64 jobId, int seq, const QString &chunk)
{
    m_database.query(QStringLiteral("INSERT INTO job_logs (job_id, seq, content) VALUES (?, ?, ?)"), {jobId, seq, chunk});
}

} // namespace adp::server::pipelines
