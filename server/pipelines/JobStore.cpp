#include "JobStore.h"

#include "LogPieceCodec.h"
#include "PipelineRepository.h"
#include "shared/pipeline/JobStates.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace adp::server::pipelines {

namespace {

const QString kUnfinished = QStringLiteral("('created', 'pending', 'running', 'manual', 'scheduled')");

const QString kJobsSql = QStringLiteral(
    "SELECT id, name, stage_index, run_when, needs, status, allow_failure, spec, attempt, requested_by, rollback_of "
    "FROM jobs WHERE pipeline_id = ? "
    "ORDER BY id");

// What a worker needs of a claimed job (`j`), in the order claimedFrom() reads it.
const QString kClaimedColumns = QStringLiteral(
    "SELECT j.id, j.pipeline_id, j.project_id, j.name, j.stage, j.spec, j.attempt, pr.slug, o.slug, pr.default_branch, "
    "p.ref, p.is_tag, p.sha, p.commit_message, p.source, p.variables, p.predefined, pr.repository_url ");
// The due jobs without tags or a resource group (the jobs_pending_free index, in order), each
// older than any job waiting for its resource group (jobs_pending_grouped): those are never
// overtaken, but looked at first on the candidates' path. Binds: now.
const QString kOldestFreeSql = QStringLiteral(
    "SELECT id FROM jobs WHERE status = 'pending' AND tags = '' AND resource_group = '' AND not_before <= ? "
    "AND id < COALESCE((SELECT MIN(id) FROM jobs WHERE status = 'pending' AND resource_group <> ''), "
    "9223372036854775807) ORDER BY id");
const QString kClaimedJoins =
    QStringLiteral("JOIN pipelines p ON p.id = j.pipeline_id JOIN projects pr ON pr.id = j.project_id "
                   "JOIN organisations o ON o.id = pr.organisation_id ");

QJsonObject specOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QList<JobStore::StoredJob> storedJobsOf(const storage::ResultSet &rows)
{
    return rows.map([&rows](int row) {
        const QJsonObject spec = specOf(rows.value(row, 7));
        return JobStore::StoredJob{rows.value(row, 0).toLongLong(),
                                   rows.value(row, 1).toString(),
                                   rows.value(row, 2).toInt(),
                                   rows.value(row, 3).toString(),
                                   PipelineRepository::needsOf(rows.value(row, 4)),
                                   rows.value(row, 5).toString(),
                                   rows.value(row, 6).toBool(),
                                   spec.value(QStringLiteral("start_in")).toString(),
                                   rows.value(row, 8).toInt(),
                                   spec.value(QStringLiteral("environment")).toObject(),
                                   rows.value(row, 9).toLongLong(),
                                   rows.value(row, 10).toLongLong()};
    });
}

std::optional<JobStore::LockedPipeline> lockedPipelineOf(const storage::ResultSet &row)
{
    if (row.isEmpty())
        return std::nullopt;
    return JobStore::LockedPipeline{row.value(0, 0).toLongLong(), row.value(0, 1).toLongLong(),
                                    row.value(0, 2).toString(),   row.value(0, 3).toLongLong(),
                                    row.value(0, 4).toLongLong(), row.value(0, 5).toString(),
                                    row.value(0, 6).toLongLong(), std::nullopt};
}

ports::ClaimedJob claimedFrom(const storage::ResultSet &rows, int row = 0)
{
    ports::ClaimedJob claimed;
    claimed.id = rows.value(row, 0).toLongLong();
    claimed.name = rows.value(row, 3).toString();
    claimed.stage = rows.value(row, 4).toString();
    claimed.spec = specOf(rows.value(row, 5));
    claimed.attempt = rows.value(row, 6).toInt();
    ci::PipelineFacts &facts = claimed.pipeline;
    facts.pipelineId = rows.value(row, 1).toLongLong();
    facts.projectId = rows.value(row, 2).toLongLong();
    facts.projectSlug = rows.value(row, 7).toString();
    facts.organisation = rows.value(row, 8).toString();
    facts.defaultBranch = rows.value(row, 9).toString();
    facts.ref = rows.value(row, 10).toString();
    facts.isTag = rows.value(row, 11).toBool();
    facts.sha = rows.value(row, 12).toString();
    facts.commitMessage = rows.value(row, 13).toString();
    facts.source = rows.value(row, 14).toString();
    facts.fromTrigger = ci::variablesFromJson(rows.value(row, 16).toString());
    claimed.sealedVariables = rows.value(row, 15).toString();
    claimed.repositoryUrl = rows.value(row, 17).toString();
    return claimed;
}

using storage::idOrNull;

QVariant exitCodeOf(const ports::JobEnd &end)
{
    return end.exitCode ? QVariant(*end.exitCode) : QVariant();
}

} // namespace

// --- Making a pipeline

qint64 JobStore::insertPipeline(storage::Transaction &tx, const NewPipeline &pipeline,
                                const QList<pipeline::PlannedJob> &jobs, QHash<QString, qint64> *jobIds)
{
    const auto rows =
        tx.exec(QStringLiteral("INSERT INTO pipelines (project_id, status, source, ref, is_tag, sha, commit_message, "
                               "variables, predefined, triggered_by, created_at, parent_pipeline_id, parent_job_id) "
                               "VALUES (?, 'created', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {pipeline.projectId, pipeline.source, pipeline.ref, pipeline.isTag, pipeline.sha,
                 pipeline.commitMessage, pipeline.variables, pipeline.predefined, idOrNull(pipeline.triggeredBy),
                 pipeline.nowMs, idOrNull(pipeline.parentPipelineId), idOrNull(pipeline.parentJobId)});
    const qint64 id = rows.value(0, 0).toLongLong();
    for (const pipeline::PlannedJob &job : jobs) {
        const QVariant needs =
            job.needs ? QVariant(QString::fromUtf8(
                            QJsonDocument(QJsonArray::fromStringList(*job.needs)).toJson(QJsonDocument::Compact)))
                      : QVariant();
        QStringList tags;
        for (const QJsonValue &tag : job.spec.value(QStringLiteral("tags")).toArray())
            tags.append(tag.toString());
        tags.sort();
        tags.removeDuplicates();
        const QJsonObject environment = job.spec.value(QStringLiteral("environment")).toObject();
        const auto inserted = tx.exec(
            QStringLiteral(
                "INSERT INTO jobs (pipeline_id, project_id, name, stage, stage_index, status, run_when, allow_failure, "
                "needs, spec, created_at, tags, resource_group, environment, environment_action) "
                "VALUES (?, ?, ?, ?, ?, 'created', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {id, pipeline.projectId, job.name, job.stage, job.stageIndex, job.when, job.allowFailure, needs,
             QString::fromUtf8(QJsonDocument(job.spec).toJson(QJsonDocument::Compact)), pipeline.nowMs, tags.join(u','),
             job.spec.value(QStringLiteral("resource_group")).toString(),
             environment.value(QStringLiteral("name")).toString(),
             environment.value(QStringLiteral("action")).toString()});
        if (jobIds)
            jobIds->insert(job.name, inserted.value(0, 0).toLongLong());
    }
    return id;
}

// --- Moving a pipeline on

QString JobStore::lockSql(storage::Dialect dialect)
{
    // NO KEY: a pipeline's key never changes, and a plain FOR UPDATE would also wait for (and
    // deadlock with) transactions that only hold a key-share lock from inserting a row that
    // references it, such as two trigger jobs of one parent each making a child pipeline.
    return QStringLiteral(
               "SELECT p.id, p.project_id, p.status, COALESCE(p.parent_pipeline_id, 0), "
               "COALESCE(p.parent_job_id, 0), p.ref, COALESCE(p.triggered_by, 0) FROM pipelines p WHERE p.id = ?") +
           (dialect == storage::Dialect::Postgres ? QStringLiteral(" FOR NO KEY UPDATE") : QString());
}

std::optional<JobStore::LockedPipeline> JobStore::lockPipeline(storage::Transaction &tx, qint64 pipelineId)
{
    return lockedPipelineOf(tx.exec(lockSql(tx.dialect()), {pipelineId}));
}

QList<JobStore::StoredJob> JobStore::jobsOf(storage::Transaction &tx, qint64 pipelineId)
{
    return storedJobsOf(tx.exec(kJobsSql, {pipelineId}));
}

void JobStore::setJobStatus(storage::Transaction &tx, qint64 jobId, const QString &status, qint64 nowMs)
{
    const bool queued = status == u"pending";
    const bool finished = pipeline::JobStates::isFinished(status);
    tx.execLater(QStringLiteral("UPDATE jobs SET status = ?, queued_at = CASE WHEN ? THEN ? ELSE queued_at END, "
                                "finished_at = CASE WHEN ? THEN ? ELSE finished_at END, waiting_for = '' WHERE id = ?"),
                 {status, queued, nowMs, finished, nowMs, jobId});
}

void JobStore::endUnstarted(storage::Transaction &tx, qint64 jobId, const QString &status, const QString &reason,
                            qint64 nowMs)
{
    tx.execLater(QStringLiteral("UPDATE jobs SET status = ?, failure_reason = ?, waiting_for = '', finished_at = ? "
                                "WHERE id = ?"),
                 {status, reason, nowMs, jobId});
}

void JobStore::setWaitingFor(storage::Transaction &tx, qint64 jobId, const QString &reason)
{
    tx.execLater(QStringLiteral("UPDATE jobs SET waiting_for = ? WHERE id = ? AND waiting_for <> ?"),
                 {reason, jobId, reason});
}

void JobStore::scheduleJob(storage::Transaction &tx, qint64 jobId, qint64 dueMs)
{
    tx.execLater(QStringLiteral("UPDATE jobs SET queued_at = ? WHERE id = ?"), {dueMs, jobId});
}

void JobStore::setPipelineStatus(storage::Transaction &tx, qint64 pipelineId, const QString &status, qint64 nowMs)
{
    const bool finished = pipeline::JobStates::isFinished(status);
    tx.execLater(
        QStringLiteral(
            "UPDATE pipelines SET status = ?, finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ?"),
        {status, finished, nowMs, pipelineId});
}

bool JobStore::endTriggerJob(storage::Transaction &tx, qint64 triggerJobId, qint64 childPipelineId,
                             const QString &status, const QString &reason, qint64 nowMs)
{
    return !tx.exec(QStringLiteral("UPDATE jobs SET status = ?, finished_at = ?, failure_reason = ? WHERE id = ? "
                                   "AND status = 'running' AND downstream_pipeline_id = ? RETURNING id"),
                    {status, nowMs, reason, triggerJobId, childPipelineId})
                .isEmpty();
}

// --- One job's change by the queue

JobStore::JobChange JobStore::finishing(qint64 jobId, const QString &worker, const ports::JobEnd &end, qint64 nowMs)
{
    return {QStringLiteral(
                "UPDATE jobs SET status = ?, finished_at = ?, exit_code = ?, failure_reason = ?, lease_until = NULL, "
                "allow_failure = CASE WHEN ? THEN ? ELSE allow_failure END "
                "WHERE id = ? AND worker = ? AND status = 'running' RETURNING pipeline_id"),
            {end.status, nowMs, exitCodeOf(end), end.reason, end.allowedFailure, true, jobId, worker}};
}

JobStore::JobChange JobStore::retryingLater(qint64 jobId, const QString &worker, const ports::JobEnd &end,
                                            qint64 notBeforeMs, qint64 nowMs)
{
    return {QStringLiteral("UPDATE jobs SET status = 'pending', attempt = attempt + 1, worker = '', "
                           "lease_until = NULL, started_at = NULL, queued_at = ?, not_before = ?, exit_code = ?, "
                           "failure_reason = ? WHERE id = ? AND worker = ? AND status = 'running' "
                           "RETURNING pipeline_id"),
            {nowMs, notBeforeMs, exitCodeOf(end), end.reason, jobId, worker}};
}

JobStore::JobChange JobStore::requeueingLost(qint64 jobId, qint64 nowMs)
{
    return {QStringLiteral("UPDATE jobs SET status = 'pending', attempt = attempt + 1, worker = '', "
                           "lease_until = NULL, started_at = NULL, queued_at = ?, failure_reason = 'worker lost' "
                           "WHERE id = ? AND status = 'running' AND lease_until < ? RETURNING pipeline_id"),
            {nowMs, jobId, nowMs}};
}

JobStore::JobChange JobStore::givingBack(qint64 jobId, const QString &worker)
{
    return {QStringLiteral("UPDATE jobs SET status = 'pending', worker = '', lease_until = NULL, started_at = NULL "
                           "WHERE id = ? AND worker = ? AND status = 'running' RETURNING pipeline_id"),
            {jobId, worker}};
}

JobStore::JobChange JobStore::failingLost(qint64 jobId, qint64 nowMs)
{
    return {QStringLiteral("UPDATE jobs SET status = 'failed', finished_at = ?, lease_until = NULL, "
                           "failure_reason = 'worker lost' WHERE id = ? AND status = 'running' "
                           "AND lease_until < ? RETURNING pipeline_id"),
            {nowMs, jobId, nowMs}};
}

JobStore::JobChange JobStore::queueingDelayed(qint64 jobId, qint64 nowMs)
{
    return {QStringLiteral("UPDATE jobs SET status = 'pending', queued_at = ? WHERE id = ? "
                           "AND status = 'scheduled' RETURNING pipeline_id"),
            {nowMs, jobId}};
}

std::optional<JobStore::LockedPipeline> JobStore::changeJob(storage::Transaction &tx, const JobChange &change,
                                                            std::optional<qint64> pipelineId)
{
    if (pipelineId) {
        // (Folded into one statement, a CTE, the queue measured 10-15 % slower, and could read the
        // jobs as they were before waiting for the lock.)
        const ChangedJobs changed = changeJobs(tx, {{&change, *pipelineId}});
        if (!changed.applied.at(0) || !changed.pipelines.contains(*pipelineId))
            return std::nullopt;
        return changed.pipelines.value(*pipelineId);
    }
    const auto changed = tx.exec(change.m_sql, change.m_params);
    return changed.isEmpty() ? std::nullopt : lockPipeline(tx, changed.value(0, 0).toLongLong());
}

JobStore::ChangedJobs JobStore::changeJobs(storage::Transaction &tx,
                                           const QList<std::pair<const JobChange *, qint64>> &changes)
{
    QList<storage::Connection::Statement> statements;
    QList<qint64> pipelines;
    for (const auto &[change, pipelineId] : changes) {
        statements.append({change->m_sql, change->m_params});
        if (!pipelines.contains(pipelineId))
            pipelines.append(pipelineId);
    }
    std::sort(pipelines.begin(), pipelines.end());
    for (const qint64 pipelineId : pipelines) {
        statements.append({lockSql(tx.dialect()), {pipelineId}});
        statements.append({kJobsSql, {pipelineId}});
    }
    const QList<storage::ResultSet> results = tx.execBatch(statements);
    ChangedJobs changed;
    for (qsizetype i = 0; i < changes.size(); ++i)
        changed.applied.append(!results.at(i).isEmpty() &&
                               results.at(i).value(0, 0).toLongLong() == changes.at(i).second);
    for (qsizetype p = 0; p < pipelines.size(); ++p) {
        const qsizetype at = changes.size() + 2 * p;
        if (std::optional<LockedPipeline> locked = lockedPipelineOf(results.at(at))) {
            locked->jobs = storedJobsOf(results.at(at + 1));
            changed.pipelines.insert(pipelines.at(p), std::move(*locked));
        }
    }
    return changed;
}

// --- The queue's reads and claims

QList<ports::QueuedJob> JobStore::pending(qint64 nowMs, std::optional<qint64> onlyId, int limit)
{
    const QString columns = QStringLiteral(
        "SELECT id, project_id, tags, resource_group FROM jobs WHERE status = 'pending' AND not_before <= ? ");
    const storage::ResultSet rows =
        onlyId ? m_database.query(columns + QStringLiteral("AND id = ?"), {nowMs, *onlyId})
               : m_database.query(columns + QStringLiteral("ORDER BY id LIMIT ?"), {nowMs, limit});
    return rows.map([&rows](int row) {
        const QString tags = rows.value(row, 2).toString();
        return ports::QueuedJob{rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong(),
                                tags.isEmpty() ? QStringList() : tags.split(u','), rows.value(row, 3).toString()};
    });
}

void JobStore::lockProjectForClaims(storage::Transaction &tx, qint64 projectId)
{
    if (tx.dialect() == storage::Dialect::Postgres)
        tx.exec(QStringLiteral("SELECT id FROM projects WHERE id = ? FOR NO KEY UPDATE"), {projectId});
}

int JobStore::runningIn(storage::Transaction &tx, qint64 projectId)
{
    return tx.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE project_id = ? AND status = 'running'"), {projectId})
        .value(0, 0)
        .toInt();
}

bool JobStore::resourceGroupBusy(storage::Transaction &tx, qint64 projectId, const QString &group)
{
    return !tx.exec(
                  QStringLiteral(
                      "SELECT 1 FROM jobs WHERE project_id = ? AND resource_group = ? AND status = 'running' LIMIT 1"),
                  {projectId, group})
                .isEmpty();
}

std::optional<qint64> JobStore::startJob(storage::Transaction &tx, qint64 jobId, const QString &worker,
                                         qint64 leaseUntilMs, qint64 nowMs)
{
    const auto taken =
        tx.exec(QStringLiteral("UPDATE jobs SET status = 'running', worker = ?, lease_until = ?, started_at = ? "
                               "WHERE id = ? AND status = 'pending' RETURNING pipeline_id"),
                {worker, leaseUntilMs, nowMs, jobId});
    return taken.isEmpty() ? std::nullopt : std::optional<qint64>(taken.value(0, 0).toLongLong());
}

std::optional<JobStore::StartedPipeline> JobStore::startPipeline(storage::Transaction &tx, qint64 pipelineId,
                                                                 qint64 nowMs)
{
    const auto pipeline =
        tx.exec(QStringLiteral("UPDATE pipelines SET status = 'running', started_at = COALESCE(started_at, ?) "
                               "WHERE id = ? AND status <> 'running' RETURNING ref, parent_pipeline_id"),
                {nowMs, pipelineId});
    if (pipeline.isEmpty())
        return std::nullopt;
    return StartedPipeline{pipeline.value(0, 0).toString(), !pipeline.value(0, 1).isNull()};
}

std::optional<JobStore::ClaimedAtOnce> JobStore::claimAtOnce(qint64 jobId, const QString &worker, qint64 leaseUntilMs,
                                                             qint64 nowMs)
{
    return claimWhere(QStringLiteral("?"), {jobId}, worker, leaseUntilMs, nowMs);
}

std::optional<JobStore::ClaimedAtOnce> JobStore::claimOldestFree(const QString &worker, qint64 leaseUntilMs,
                                                                 qint64 nowMs)
{
    // The oldest free job, skipping rows other claims hold: no list read first and no lost races.
    return claimWhere(QStringLiteral("(%1 LIMIT 1 FOR UPDATE SKIP LOCKED)").arg(kOldestFreeSql), {nowMs}, worker,
                      leaseUntilMs, nowMs);
}

storage::Connection::Statement JobStore::claimingOldestFreeFor(const QList<WorkerClaim> &claims, qint64 nowMs)
{
    // As claimOldestFree, for several workers in one statement: the oldest free jobs, in order,
    // paired with the workers by position. A pipeline started by the claim is told once, with
    // its first job of the batch.
    QStringList workers;
    QStringList leases;
    for (const WorkerClaim &claim : claims) {
        workers.append(storage::textArrayElement(claim.worker));
        leases.append(QString::number(claim.leaseUntilMs));
    }
    return {QStringLiteral("WITH w AS (SELECT * FROM unnest(?::text[], ?::bigint[]) WITH ORDINALITY AS w(worker, "
                           "lease_until, ord)), "
                           "free AS (%1 LIMIT ? FOR UPDATE SKIP LOCKED), "
                           "picked AS (SELECT id, row_number() OVER (ORDER BY id) AS ord FROM free), "
                           "j AS (UPDATE jobs SET status = 'running', worker = w.worker, lease_until = w.lease_until, "
                           "started_at = ? FROM picked JOIN w ON w.ord = picked.ord WHERE jobs.id = picked.id "
                           "RETURNING jobs.*, w.ord AS claim_ord), "
                           "started AS (UPDATE pipelines SET status = 'running', started_at = COALESCE(started_at, ?) "
                           "WHERE id IN (SELECT pipeline_id FROM j) AND status <> 'running' RETURNING id) ")
                    .arg(kOldestFreeSql) +
                kClaimedColumns +
                QStringLiteral(", EXISTS (SELECT 1 FROM started s WHERE s.id = j.pipeline_id) AND j.id = (SELECT "
                               "MIN(k.id) FROM j k WHERE k.pipeline_id = j.pipeline_id), p.parent_pipeline_id IS NOT "
                               "NULL, j.claim_ord FROM j ") +
                kClaimedJoins,
            {QStringLiteral("{%1}").arg(workers.join(u',')), QStringLiteral("{%1}").arg(leases.join(u',')), nowMs,
             qsizetype(claims.size()), nowMs, nowMs}};
}

QList<std::optional<JobStore::ClaimedAtOnce>> JobStore::claimsAnswered(const storage::ResultSet &taken,
                                                                       qsizetype claims)
{
    QList<std::optional<ClaimedAtOnce>> answers(claims);
    for (int row = 0; row < taken.size(); ++row) {
        const qsizetype position = taken.value(row, 20).toLongLong() - 1;
        if (position >= 0 && position < answers.size())
            answers[position] =
                ClaimedAtOnce{claimedFrom(taken, row), taken.value(row, 18).toBool(), taken.value(row, 19).toBool()};
    }
    return answers;
}

QList<std::optional<JobStore::ClaimedAtOnce>> JobStore::claimOldestFreeFor(const QList<WorkerClaim> &claims,
                                                                           qint64 nowMs)
{
    // Lost in a crash of PostgreSQL, the jobs stay pending (as above).
    const storage::Connection::Statement claiming = claimingOldestFreeFor(claims, nowMs);
    return claimsAnswered(recoverableWrite(claiming.sql, claiming.params), claims.size());
}

QList<std::optional<JobStore::ClaimedAtOnce>>
JobStore::claimOldestFreeFor(storage::Transaction &tx, const QList<WorkerClaim> &claims, qint64 nowMs)
{
    const storage::Connection::Statement claiming = claimingOldestFreeFor(claims, nowMs);
    return claimsAnswered(tx.exec(claiming.sql, claiming.params), claims.size());
}

std::optional<JobStore::ClaimedAtOnce> JobStore::claimWhere(const QString &jobIdSql,
                                                            const storage::SqlParams &jobParams, const QString &worker,
                                                            qint64 leaseUntilMs, qint64 nowMs)
{
    // The job, its pipeline and what the worker needs in one statement (atomic by itself): one round
    // trip instead of five on a team server, where the claim path is the queue's throughput.
    // A claim PostgreSQL loses in a crash leaves the job pending, to run again (at-least-once, as
    // after a lost worker; the first run can no longer end it, nor renew its lease).
    const auto taken = recoverableWrite(
        QStringLiteral("WITH j AS (UPDATE jobs SET status = 'running', worker = ?, lease_until = ?, started_at = ? "
                       "WHERE id = %1 AND status = 'pending' RETURNING *), "
                       "started AS (UPDATE pipelines SET status = 'running', started_at = COALESCE(started_at, ?) "
                       "WHERE id = (SELECT pipeline_id FROM j) AND status <> 'running' RETURNING parent_pipeline_id) ")
                .arg(jobIdSql) +
            kClaimedColumns +
            QStringLiteral(", EXISTS (SELECT 1 FROM started), p.parent_pipeline_id IS NOT NULL FROM j ") +
            kClaimedJoins,
        storage::SqlParams{worker, leaseUntilMs, nowMs} + jobParams + storage::SqlParams{nowMs});
    if (taken.isEmpty())
        return std::nullopt; // another worker was first, or nothing was free
    return ClaimedAtOnce{claimedFrom(taken), taken.value(0, 18).toBool(), taken.value(0, 19).toBool()};
}

storage::ResultSet JobStore::recoverableWrite(const QString &sql, const storage::SqlParams &params)
{
    storage::Transaction tx(m_database);
    tx.allowLossOnDatabaseCrash();
    return tx.commitWith(sql, params);
}

ports::ClaimedJob JobStore::claimed(qint64 jobId)
{
    return claimedFrom(m_database.query(
        kClaimedColumns + QStringLiteral("FROM jobs j ") + kClaimedJoins + QStringLiteral("WHERE j.id = ?"), {jobId}));
}

bool JobStore::renewLease(qint64 jobId, const QString &worker, qint64 leaseUntilMs)
{
    // A renewal lost in a crash of PostgreSQL shortens the lease: at worst the job is recovered as lost.
    return !recoverableWrite(QStringLiteral("UPDATE jobs SET lease_until = ? WHERE id = ? AND worker = ? "
                                            "AND status = 'running' RETURNING id"),
                             {leaseUntilMs, jobId, worker})
                .isEmpty();
}

bool JobStore::isRunningOn(qint64 jobId, const QString &worker)
{
    return !m_database
                .query(QStringLiteral("SELECT 1 FROM jobs WHERE id = ? AND worker = ? AND status = 'running'"),
                       {jobId, worker})
                .isEmpty();
}

QList<ports::LapsedJob> JobStore::lapsedLeases(qint64 nowMs)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT id, attempt, spec, project_id, COALESCE(started_at, 0), lease_until FROM jobs "
                       "WHERE status = 'running' AND lease_until < ?"),
        {nowMs});
    return rows.map([&rows](int row) {
        return ports::LapsedJob{rows.value(row, 0).toLongLong(), rows.value(row, 1).toInt(),
                                specOf(rows.value(row, 2)),      rows.value(row, 3).toLongLong(),
                                rows.value(row, 4).toLongLong(), rows.value(row, 5).toLongLong()};
    });
}

QList<qint64> JobStore::dueDelayed(qint64 nowMs)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT id FROM jobs WHERE status = 'scheduled' AND queued_at <= ?"), {nowMs});
    return rows.map([&rows](int row) { return rows.value(row, 0).toLongLong(); });
}

// --- Logs

ports::LogEnd JobStore::logEnd(qint64 jobId)
{
    const auto last = m_database.query(
        QStringLiteral("SELECT seq, byte_offset, byte_size FROM job_logs WHERE job_id = ? ORDER BY seq DESC LIMIT 1"),
        {jobId});
    if (last.isEmpty())
        return {};
    return {last.value(0, 0).toInt() + 1, last.value(0, 1).toLongLong() + last.value(0, 2).toLongLong()};
}

void JobStore::appendLog(qint64 jobId, int seq, qint64 offset, const QString &chunk)
{
    // Flushed at the latest with the job's end (an ordinary commit flushes the WAL before it); a
    // crash of PostgreSQL before that can only cut the log of a job that is then lost and retried.
    const LogPieceCodec::Stored piece = LogPieceCodec::store(chunk);
    recoverableWrite(QStringLiteral("INSERT INTO job_logs (job_id, seq, byte_offset, byte_size, content, packed) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {jobId, seq, offset, piece.byteSize, piece.content,
                      piece.packed.isNull() ? QVariant() : QVariant(piece.packed)});
}

// --- What people do

std::optional<qint64> JobStore::pipelineOfJob(qint64 jobId)
{
    const auto rows = m_database.query(QStringLiteral("SELECT pipeline_id FROM jobs WHERE id = ?"), {jobId});
    return rows.isEmpty() ? std::nullopt : std::optional<qint64>(rows.value(0, 0).toLongLong());
}

bool JobStore::cancelUnfinished(storage::Transaction &tx, qint64 pipelineId, qint64 nowMs)
{
    return !tx.exec(QStringLiteral("UPDATE jobs SET status = 'canceled', finished_at = ?, lease_until = NULL "
                                   "WHERE pipeline_id = ? AND status IN ") +
                        kUnfinished + QStringLiteral(" RETURNING id"),
                    {nowMs, pipelineId})
                .isEmpty();
}

QList<qint64> JobStore::unfinishedChildren(qint64 pipelineId)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT c.id FROM jobs j JOIN pipelines c ON c.id = j.downstream_pipeline_id "
                                        "WHERE j.pipeline_id = ? AND c.status IN ") +
                             kUnfinished,
                         {pipelineId});
    return rows.map([&rows](int row) { return rows.value(row, 0).toLongLong(); });
}

bool JobStore::hasUnfinished(storage::Transaction &tx, qint64 pipelineId)
{
    return !tx.exec(QStringLiteral("SELECT 1 FROM jobs WHERE pipeline_id = ? AND status IN ") + kUnfinished,
                    {pipelineId})
                .isEmpty();
}

bool JobStore::retryEnded(storage::Transaction &tx, qint64 pipelineId)
{
    const auto again =
        tx.exec(QStringLiteral("UPDATE jobs SET status = 'created', attempt = attempt + 1, started_at = NULL, "
                               "finished_at = NULL, exit_code = NULL, failure_reason = '', worker = '', "
                               "requested_by = 0, rollback_of = 0 "
                               "WHERE pipeline_id = ? AND status IN ('failed', 'canceled', 'skipped') RETURNING id"),
                {pipelineId});
    if (again.isEmpty())
        return false;
    for (int row = 0; row < again.size(); ++row)
        tx.exec(QStringLiteral("DELETE FROM job_logs WHERE job_id = ?"), {again.value(row, 0)});
    tx.exec(QStringLiteral("UPDATE pipelines SET finished_at = NULL WHERE id = ?"), {pipelineId});
    return true;
}

bool JobStore::retryJob(storage::Transaction &tx, qint64 pipelineId, qint64 jobId, const RetryRequest &request)
{
    const auto again =
        tx.exec(QStringLiteral("UPDATE jobs SET status = 'created', attempt = attempt + 1, started_at = NULL, "
                               "finished_at = NULL, exit_code = NULL, failure_reason = '', worker = '', "
                               "requested_by = ?, rollback_of = ? "
                               "WHERE id = ? AND status IN ('success', 'failed', 'canceled') RETURNING id"),
                {request.requestedBy, request.rollbackOf, jobId});
    if (again.isEmpty())
        return false;
    tx.exec(QStringLiteral("DELETE FROM job_logs WHERE job_id = ?"), {jobId});
    // What was skipped because this job failed gets its chance again.
    tx.exec(QStringLiteral(
                "UPDATE jobs SET status = 'created', finished_at = NULL WHERE pipeline_id = ? AND status = 'skipped'"),
            {pipelineId});
    tx.exec(QStringLiteral("UPDATE pipelines SET finished_at = NULL WHERE id = ?"), {pipelineId});
    return true;
}

bool JobStore::play(storage::Transaction &tx, qint64 jobId, qint64 nowMs)
{
    return !tx.exec(QStringLiteral("UPDATE jobs SET status = 'pending', queued_at = ?, waiting_for = '' "
                                   "WHERE id = ? AND status IN ('manual', 'scheduled') RETURNING id"),
                    {nowMs, jobId})
                .isEmpty();
}

// --- Child pipelines

std::optional<qint64> JobStore::parentOf(qint64 pipelineId)
{
    const auto row =
        m_database.query(QStringLiteral("SELECT parent_pipeline_id FROM pipelines WHERE id = ?"), {pipelineId});
    if (row.isEmpty() || row.value(0, 0).isNull())
        return std::nullopt;
    return row.value(0, 0).toLongLong();
}

qint64 JobStore::triggeredBy(qint64 pipelineId)
{
    return m_database
        .query(QStringLiteral("SELECT COALESCE(triggered_by, 0) FROM pipelines WHERE id = ?"), {pipelineId})
        .value(0, 0)
        .toLongLong();
}

bool JobStore::linkChild(storage::Transaction &tx, qint64 jobId, const QString &worker, qint64 childPipelineId,
                         bool depend, qint64 nowMs)
{
    const auto updated =
        depend ? tx.exec(QStringLiteral("UPDATE jobs SET downstream_pipeline_id = ?, worker = '', lease_until = NULL "
                                        "WHERE id = ? AND worker = ? AND status = 'running' RETURNING pipeline_id"),
                         {childPipelineId, jobId, worker})
               : tx.exec(QStringLiteral("UPDATE jobs SET downstream_pipeline_id = ?, status = 'success', "
                                        "finished_at = ?, lease_until = NULL WHERE id = ? AND worker = ? "
                                        "AND status = 'running' RETURNING pipeline_id"),
                         {childPipelineId, nowMs, jobId, worker});
    return !updated.isEmpty();
}

} // namespace adp::server::pipelines
