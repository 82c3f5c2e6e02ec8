#include "JobQueue.h"

#include "storage/Executor.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <algorithm>

namespace adp::server::queue {

namespace {

constexpr int kCandidates = 50; // looked at per claim, oldest first
constexpr int kClaimSpread = 8; // how many of the oldest a worker without a hint may start at
constexpr qint64 kMaxBackoffMs = 60 * 1000;

// What a worker needs of a claimed job (`j`), in the order claimedFrom() reads it.
const QString kClaimedColumns = QStringLiteral(
    "SELECT j.id, j.pipeline_id, j.project_id, j.name, j.stage, j.spec, j.attempt, pr.slug, o.slug, pr.default_branch, "
    "p.ref, p.is_tag, p.sha, p.commit_message, p.source, p.variables, p.predefined, pr.repository_url ");
const QString kClaimedJoins =
    QStringLiteral("JOIN pipelines p ON p.id = j.pipeline_id JOIN projects pr ON pr.id = j.project_id "
                   "JOIN organisations o ON o.id = pr.organisation_id ");

QJsonObject specOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// GitLab's failure classes a `retry: when` may name, for one of our failure reasons.
QStringList failureClassesOf(const QString &reason)
{
    if (reason == u"script_failure")
        return {QStringLiteral("script_failure")};
    if (reason == u"job_execution_timeout")
        return {QStringLiteral("job_execution_timeout"), QStringLiteral("stuck_or_timeout_failure")};
    if (reason == u"worker lost")
        return {QStringLiteral("runner_system_failure")};
    return {QStringLiteral("unknown_failure")};
}

bool retryAllows(const QJsonObject &spec, int attempt, const QString &reason)
{
    const QJsonObject retry = spec.value(QStringLiteral("retry")).toObject();
    if (attempt > retry.value(QStringLiteral("max")).toInt())
        return false;
    QStringList when;
    for (const QJsonValue &value : retry.value(QStringLiteral("when")).toArray())
        when.append(value.toString());
    if (when.isEmpty() || when.contains(QStringLiteral("always")))
        return true;
    const QStringList classes = failureClassesOf(reason);
    return std::any_of(classes.begin(), classes.end(),
                       [&when](const QString &failure) { return when.contains(failure); });
}

bool exitCodeAllowed(const QJsonObject &spec, std::optional<int> exitCode)
{
    if (!exitCode)
        return false;
    const QJsonArray codes = spec.value(QStringLiteral("allow_failure_exit_codes")).toArray();
    return std::any_of(codes.begin(), codes.end(),
                       [&exitCode](const QJsonValue &code) { return code.toInt() == *exitCode; });
}

} // namespace

qint64 JobQueue::backoffMs(int attempt)
{
    return std::min<qint64>(1000LL << std::clamp(attempt - 1, 0, 16), kMaxBackoffMs);
}

QList<JobQueue::Candidate> JobQueue::candidates(std::optional<qint64> hint)
{
    const QString columns = QStringLiteral(
        "SELECT id, project_id, tags, resource_group FROM jobs WHERE status = 'pending' AND not_before <= ? ");
    const qint64 now = m_clock.nowMs();
    storage::ResultSet rows = m_database.query(columns + QStringLiteral("ORDER BY id LIMIT ?"), {now, kCandidates});
    QList<Candidate> found;
    const auto read = [&found](const storage::ResultSet &set) {
        for (int row = 0; row < set.size(); ++row) {
            const QString tags = set.value(row, 2).toString();
            found.append({set.value(row, 0).toLongLong(), set.value(row, 1).toLongLong(),
                          tags.isEmpty() ? QStringList() : tags.split(u','), set.value(row, 3).toString()});
        }
    };
    if (hint) // first, if it is still pending and due
        read(m_database.query(columns + QStringLiteral("AND id = ?"), {now, *hint}));
    const qsizetype hintedCount = found.size();
    read(rows);
    if (hintedCount == 0 && found.size() > 1) {
        // Workers without a hint would all race for the oldest job, the losers' claims wasted (a
        // round trip each): each starts at one of the oldest few instead. Measured: 1,840 -> 2,100
        // no-op jobs/s with 8 workers on PostgreSQL. The oldest still goes within a few claims.
        const int spread = std::min<int>(int(found.size()), kClaimSpread);
        std::rotate(found.begin(), found.begin() + QRandomGenerator::global()->bounded(spread), found.begin() + spread);
    }
    if (hintedCount == 1) { // the hint is also among the oldest: try it once
        const qint64 hinted = found.first().id;
        found.erase(
            std::remove_if(found.begin() + 1, found.end(), [hinted](const Candidate &c) { return c.id == hinted; }),
            found.end());
    }
    return found;
}

std::optional<JobQueue::Claimed> JobQueue::claim(const QString &worker, qint64 leaseMs, const WorkerProfile &profile,
                                                 std::optional<qint64> hint)
{
    // A worker without tags can take any job that has none: the oldest free one, in one statement.
    // Tagged workers and resource groups need a look at the candidates first.
    if (!hint && profile.tags.isEmpty() && profile.projectLimit == 0 &&
        m_database.dialect() == storage::Dialect::Postgres) {
        if (auto claimed = claimOldestFree(worker, leaseMs))
            return claimed;
    }
    for (const Candidate &candidate : candidates(hint)) {
        const bool tagsMatch = std::all_of(candidate.tags.begin(), candidate.tags.end(),
                                           [&profile](const QString &tag) { return profile.tags.contains(tag); });
        if (!tagsMatch)
            continue;
        if (auto claimed = tryClaim(candidate, worker, leaseMs, profile))
            return claimed;
    }
    return std::nullopt;
}

std::optional<JobQueue::Claimed> JobQueue::tryClaim(const Candidate &candidate, const QString &worker, qint64 leaseMs,
                                                    const WorkerProfile &profile)
{
    const qint64 now = m_clock.nowMs();
    const bool limited = profile.projectLimit > 0 || !candidate.resourceGroup.isEmpty();
    if (!limited && m_database.dialect() == storage::Dialect::Postgres)
        return claimWhere(QStringLiteral("?"), {candidate.id}, worker, leaseMs);
    pipelines::PipelineProgress::Changes started;
    {
        storage::Transaction tx(m_database);
        if (limited &&
            tx.dialect() == storage::Dialect::Postgres) // claims in one project take turns (SQLite's writes already do)
            tx.exec(QStringLiteral("SELECT id FROM projects WHERE id = ? FOR NO KEY UPDATE"), {candidate.projectId});
        if (profile.projectLimit > 0 &&
            tx.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE project_id = ? AND status = 'running'"),
                    {candidate.projectId})
                    .value(0, 0)
                    .toInt() >= profile.projectLimit)
            return std::nullopt;
        if (!candidate.resourceGroup.isEmpty() &&
            !tx.exec(
                   QStringLiteral(
                       "SELECT 1 FROM jobs WHERE project_id = ? AND resource_group = ? AND status = 'running' LIMIT 1"),
                   {candidate.projectId, candidate.resourceGroup})
                 .isEmpty())
            return std::nullopt;
        const auto taken =
            tx.exec(QStringLiteral("UPDATE jobs SET status = 'running', worker = ?, lease_until = ?, started_at = ? "
                                   "WHERE id = ? AND status = 'pending' RETURNING pipeline_id"),
                    {worker, now + leaseMs, now, candidate.id});
        if (taken.isEmpty())
            return std::nullopt; // another worker was first
        const qint64 pipelineId = taken.value(0, 0).toLongLong();
        started = pipelines::PipelineProgress::jobChanged(pipelineId, candidate.projectId, candidate.id,
                                                          QStringLiteral("running"));
        started.pipelineStatus = QStringLiteral("running");
        const auto pipeline =
            tx.exec(QStringLiteral("UPDATE pipelines SET status = 'running', started_at = COALESCE(started_at, ?) "
                                   "WHERE id = ? AND status <> 'running' RETURNING ref, parent_pipeline_id"),
                    {now, pipelineId});
        started.pipelineChanged = !pipeline.isEmpty();
        if (started.pipelineChanged && m_progress.statusListener())
            m_progress.statusListener()->pipelineStatusChanged(storage::executorOf(tx), tx.dialect(),
                                                               {pipelineId, candidate.projectId, started.pipelineStatus,
                                                                pipeline.value(0, 0).toString(),
                                                                !pipeline.value(0, 1).isNull()});
        tx.commit();
    }
    m_progress.publish(started);
    return load(candidate.id);
}

std::optional<JobQueue::Claimed> JobQueue::claimOldestFree(const QString &worker, qint64 leaseMs)
{
    // The oldest due job without tags or a resource group (the jobs_pending_free index, in
    // order), skipping rows other claims hold: no list read first and no lost races. Only one
    // older than any job waiting for its resource group (jobs_pending_grouped): those are never
    // overtaken, but looked at first on the candidates' path.
    const QString pick = QStringLiteral(
        "(SELECT id FROM jobs WHERE status = 'pending' AND tags = '' AND resource_group = '' AND not_before <= ? "
        "AND id < COALESCE((SELECT MIN(id) FROM jobs WHERE status = 'pending' AND resource_group <> ''), "
        "9223372036854775807) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)");
    return claimWhere(pick, {m_clock.nowMs()}, worker, leaseMs);
}

std::optional<JobQueue::Claimed> JobQueue::claimWhere(const QString &jobId, const storage::SqlParams &jobParams,
                                                      const QString &worker, qint64 leaseMs)
{
    // The job, its pipeline and what the worker needs in one statement (atomic by itself): one round
    // trip instead of five on a team server, where the claim path is the queue's throughput.
    const qint64 now = m_clock.nowMs();
    const auto taken = m_database.query(
        QStringLiteral("WITH j AS (UPDATE jobs SET status = 'running', worker = ?, lease_until = ?, started_at = ? "
                       "WHERE id = %1 AND status = 'pending' RETURNING *), "
                       "started AS (UPDATE pipelines SET status = 'running', started_at = COALESCE(started_at, ?) "
                       "WHERE id = (SELECT pipeline_id FROM j) AND status <> 'running' RETURNING parent_pipeline_id) ")
                .arg(jobId) +
            kClaimedColumns +
            QStringLiteral(", EXISTS (SELECT 1 FROM started), p.parent_pipeline_id IS NOT NULL FROM j ") +
            kClaimedJoins,
        storage::SqlParams{worker, now + leaseMs, now} + jobParams + storage::SqlParams{now});
    if (taken.isEmpty())
        return std::nullopt; // another worker was first, or nothing was free
    Claimed claimed = claimedFrom(taken);
    const qint64 projectId = claimed.pipeline.projectId;
    pipelines::PipelineProgress::Changes started = pipelines::PipelineProgress::jobChanged(
        claimed.pipeline.pipelineId, projectId, claimed.id, QStringLiteral("running"));
    started.pipelineStatus = QStringLiteral("running");
    started.pipelineChanged = taken.value(0, 18).toBool();
    // After the claim rather than in it: a running status lost to a crash right here is a
    // transient one; the pipeline's end is stored with the job that ends it.
    if (started.pipelineChanged && m_progress.statusListener())
        m_progress.statusListener()->pipelineStatusChanged(storage::executorOf(m_database), m_database.dialect(),
                                                           {claimed.pipeline.pipelineId, projectId,
                                                            started.pipelineStatus, claimed.pipeline.ref,
                                                            taken.value(0, 19).toBool()});
    m_progress.publish(started);
    return claimed;
}

JobQueue::Claimed JobQueue::load(qint64 jobId)
{
    return claimedFrom(m_database.query(
        kClaimedColumns + QStringLiteral("FROM jobs j ") + kClaimedJoins + QStringLiteral("WHERE j.id = ?"), {jobId}));
}

JobQueue::Claimed JobQueue::claimedFrom(const storage::ResultSet &rows) const
{
    Claimed claimed;
    claimed.id = rows.value(0, 0).toLongLong();
    claimed.name = rows.value(0, 3).toString();
    claimed.stage = rows.value(0, 4).toString();
    claimed.spec = specOf(rows.value(0, 5));
    claimed.attempt = rows.value(0, 6).toInt();
    runner::PipelineFacts &facts = claimed.pipeline;
    facts.pipelineId = rows.value(0, 1).toLongLong();
    facts.projectId = rows.value(0, 2).toLongLong();
    facts.projectSlug = rows.value(0, 7).toString();
    facts.organisation = rows.value(0, 8).toString();
    facts.defaultBranch = rows.value(0, 9).toString();
    facts.ref = rows.value(0, 10).toString();
    facts.isTag = rows.value(0, 11).toBool();
    facts.sha = rows.value(0, 12).toString();
    facts.commitMessage = rows.value(0, 13).toString();
    facts.source = rows.value(0, 14).toString();
    facts.fromTrigger = runner::variablesFromJson(rows.value(0, 16).toString());
    claimed.pipelineVariables = runner::openVariables(m_secrets, rows.value(0, 15).toString());
    claimed.repositoryUrl = rows.value(0, 17).toString();
    return claimed;
}

bool JobQueue::heartbeat(qint64 jobId, const QString &worker, qint64 leaseMs)
{
    const auto renewed = m_database.query(
        QStringLiteral("UPDATE jobs SET lease_until = ? WHERE id = ? AND worker = ? AND status = 'running' "
                       "RETURNING id"),
        {m_clock.nowMs() + leaseMs, jobId, worker});
    return !renewed.isEmpty();
}

bool JobQueue::stillOurs(qint64 jobId, const QString &worker)
{
    return !m_database
                .query(QStringLiteral("SELECT 1 FROM jobs WHERE id = ? AND worker = ? AND status = 'running'"),
                       {jobId, worker})
                .isEmpty();
}

bool JobQueue::transition(qint64 jobId, const QString &newStatus, const QString &jobUpdate,
                          const storage::SqlParams &params, std::optional<qint64> pipelineId)
{
    pipelines::PipelineProgress::Changes changes;
    {
        storage::Transaction tx(m_database);
        const std::optional<pipelines::PipelineProgress::LockedPipeline> pipeline =
            m_progress.changeJob(tx, jobUpdate, params, pipelineId);
        if (!pipeline)
            return false;
        changes = m_progress.advance(tx, *pipeline);
        changes.jobs.prepend({jobId, newStatus});
        tx.commit();
    }
    m_progress.publish(changes);
    return true;
}

bool JobQueue::finish(const Claimed &job, const QString &worker, const QString &status, std::optional<int> exitCode,
                      const QString &reason)
{
    // The claim's attempt and spec: the job is this worker's until the UPDATE below says otherwise.
    const qint64 jobId = job.id;
    const int attempt = job.attempt;
    const QJsonObject &spec = job.spec;
    const qint64 now = m_clock.nowMs();
    const QVariant code = exitCode ? QVariant(*exitCode) : QVariant();
    if (status == u"failed" && retryAllows(spec, attempt, reason)) {
        return transition(
            jobId, QStringLiteral("pending"),
            QStringLiteral("UPDATE jobs SET status = 'pending', attempt = attempt + 1, worker = '', "
                           "lease_until = NULL, started_at = NULL, queued_at = ?, not_before = ?, exit_code = ?, "
                           "failure_reason = ? WHERE id = ? AND worker = ? AND status = 'running' "
                           "RETURNING pipeline_id"),
            {now, now + backoffMs(attempt), code, reason, jobId, worker}, job.pipeline.pipelineId);
    }
    // allow_failure: exit_codes makes this failure one the pipeline may pass with.
    const bool allowedFailure = status == u"failed" && exitCodeAllowed(spec, exitCode);
    return transition(
        jobId, status,
        QStringLiteral(
            "UPDATE jobs SET status = ?, finished_at = ?, exit_code = ?, failure_reason = ?, lease_until = NULL, "
            "allow_failure = CASE WHEN ? THEN ? ELSE allow_failure END "
            "WHERE id = ? AND worker = ? AND status = 'running' RETURNING pipeline_id"),
        {status, now, code, reason, allowedFailure, true, jobId, worker}, job.pipeline.pipelineId);
}

int JobQueue::recoverLost()
{
    const qint64 now = m_clock.nowMs();
    const auto lost = m_database.query(
        QStringLiteral("SELECT id, attempt, spec FROM jobs WHERE status = 'running' AND lease_until < ?"), {now});
    int recovered = 0;
    for (int row = 0; row < lost.size(); ++row) {
        const qint64 id = lost.value(row, 0).toLongLong();
        const int attempt = lost.value(row, 1).toInt();
        const bool retried = retryAllows(specOf(lost.value(row, 2)), attempt, QStringLiteral("worker lost"));
        const bool changed =
            retried
                ? transition(id, QStringLiteral("pending"),
                             QStringLiteral("UPDATE jobs SET status = 'pending', attempt = attempt + 1, worker = '', "
                                            "lease_until = NULL, started_at = NULL, queued_at = ?, "
                                            "failure_reason = 'worker lost' "
                                            "WHERE id = ? AND status = 'running' AND lease_until < ? "
                                            "RETURNING pipeline_id"),
                             {now, id, now})
                : transition(id, QStringLiteral("failed"),
                             QStringLiteral("UPDATE jobs SET status = 'failed', finished_at = ?, lease_until = NULL, "
                                            "failure_reason = 'worker lost' WHERE id = ? AND status = 'running' "
                                            "AND lease_until < ? RETURNING pipeline_id"),
                             {now, id, now});
        recovered += changed ? 1 : 0;
    }
    return recovered;
}

int JobQueue::startDue()
{
    const qint64 now = m_clock.nowMs();
    const auto due =
        m_database.query(QStringLiteral("SELECT id FROM jobs WHERE status = 'scheduled' AND queued_at <= ?"), {now});
    int started = 0;
    for (int row = 0; row < due.size(); ++row) {
        const qint64 id = due.value(row, 0).toLongLong();
        started += transition(id, QStringLiteral("pending"),
                              QStringLiteral("UPDATE jobs SET status = 'pending', queued_at = ? WHERE id = ? "
                                             "AND status = 'scheduled' RETURNING pipeline_id"),
                              {now, id})
                       ? 1
                       : 0;
    }
    return started;
}

JobQueue::LogEnd JobQueue::logEnd(qint64 jobId)
{
    const auto last = m_database.query(
        QStringLiteral("SELECT seq, byte_offset, content FROM job_logs WHERE job_id = ? ORDER BY seq DESC LIMIT 1"),
        {jobId});
    if (last.isEmpty())
        return {};
    return {last.value(0, 0).toInt() + 1, last.value(0, 1).toLongLong() + last.value(0, 2).toString().toUtf8().size()};
}

void JobQueue::appendLog(qint64 jobId, int seq, qint64 offset, const QString &chunk)
{
    m_database.query(QStringLiteral("INSERT INTO job_logs (job_id, seq, byte_offset, content) VALUES (?, ?, ?, ?)"),
                     {jobId, seq, offset, chunk});
}

} // namespace adp::server::queue
