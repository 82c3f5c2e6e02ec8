#include "DeploymentRepository.h"

#include "storage/SqlValues.h"

namespace adp::server::deployments {

namespace {

const QString kDeploymentColumns = QStringLiteral(
    "SELECT d.id, d.iid, e.name, d.status, d.status_reason, d.ref, d.is_tag, d.sha, d.url, d.pipeline_id, d.job_id, "
    "d.job_name, d.job_attempt, COALESCE(u.username, ''), d.created_at, d.started_at, d.finished_at, "
    "COALESCE(r.iid, 0) FROM deployments d JOIN environments e ON e.id = d.environment_id "
    "LEFT JOIN users u ON u.id = d.triggered_by LEFT JOIN deployments r ON r.id = d.rollback_of ");

using storage::idOrNull;
using storage::timeFromMs;

shared::Deployment deploymentAt(const storage::ResultSet &rows, int row)
{
    shared::Deployment deployment;
    deployment.id = rows.value(row, 0).toLongLong();
    deployment.iid = rows.value(row, 1).toLongLong();
    deployment.environment = rows.value(row, 2).toString();
    deployment.status = rows.value(row, 3).toString();
    deployment.statusReason = rows.value(row, 4).toString();
    deployment.ref = rows.value(row, 5).toString();
    deployment.isTag = rows.value(row, 6).toBool();
    deployment.sha = rows.value(row, 7).toString();
    deployment.url = rows.value(row, 8).toString();
    deployment.pipelineId = rows.value(row, 9).toLongLong();
    deployment.jobId = rows.value(row, 10).toLongLong();
    deployment.jobName = rows.value(row, 11).toString();
    deployment.jobAttempt = rows.value(row, 12).toInt();
    deployment.triggeredBy = rows.value(row, 13).toString();
    deployment.createdAt = timeFromMs(rows.value(row, 14));
    deployment.startedAt = timeFromMs(rows.value(row, 15));
    deployment.finishedAt = timeFromMs(rows.value(row, 16));
    deployment.rollbackOf = rows.value(row, 17).toLongLong();
    return deployment;
}

const QString kEnvironmentColumns =
    QStringLiteral("SELECT e.id, e.name, e.slug, e.folder, e.tier, e.external_url, e.state, e.stop_job_id, "
                   "e.auto_stop_at, e.created_at, e.updated_at, COALESCE(p.iid, 0), COALESCE(pu.username, ''), "
                   "e.pinned_at FROM environments e LEFT JOIN deployments p ON p.id = e.pinned_deployment_id "
                   "LEFT JOIN users pu ON pu.id = e.pinned_by ");

shared::Environment environmentAt(const storage::ResultSet &rows, int row)
{
    shared::Environment environment;
    environment.id = rows.value(row, 0).toLongLong();
    environment.name = rows.value(row, 1).toString();
    environment.slug = rows.value(row, 2).toString();
    environment.folder = rows.value(row, 3).toString();
    environment.tier = rows.value(row, 4).toString();
    environment.externalUrl = rows.value(row, 5).toString();
    environment.state = rows.value(row, 6).toString();
    environment.hasStopJob = !rows.value(row, 7).isNull();
    environment.autoStopAt = timeFromMs(rows.value(row, 8));
    environment.createdAt = timeFromMs(rows.value(row, 9));
    environment.updatedAt = timeFromMs(rows.value(row, 10));
    environment.pinnedDeployment = rows.value(row, 11).toLongLong();
    environment.pinnedBy = rows.value(row, 12).toString();
    environment.pinnedAt = timeFromMs(rows.value(row, 13));
    return environment;
}

// Each environment's last successful and newest deployments, two statements for all of them.
void attachDeployments(const storage::Executor &run, qint64 projectId, QList<shared::Environment> &environments)
{
    if (environments.isEmpty())
        return;
    const auto pick = [&](const QString &condition) {
        QHash<QString, shared::Deployment> byEnvironment;
        const auto rows = run(kDeploymentColumns +
                                  QStringLiteral("WHERE d.id IN (SELECT MAX(id) FROM deployments "
                                                 "WHERE project_id = ? ") +
                                  condition + QStringLiteral(" GROUP BY environment_id)"),
                              {projectId});
        for (int row = 0; row < rows.size(); ++row) {
            const shared::Deployment deployment = deploymentAt(rows, row);
            byEnvironment.insert(deployment.environment, deployment);
        }
        return byEnvironment;
    };
    const auto succeeded = pick(QStringLiteral("AND status = 'success'"));
    const auto newest = pick(QString());
    for (shared::Environment &environment : environments) {
        if (const auto found = succeeded.constFind(environment.name); found != succeeded.constEnd())
            environment.lastDeployment = *found;
        if (const auto found = newest.constFind(environment.name); found != newest.constEnd())
            environment.latestDeployment = *found;
    }
}

} // namespace

qint64 DeploymentRepository::ensureEnvironment(storage::Transaction &tx, const NewEnvironment &environment)
{
    return tx
        .exec(QStringLiteral("INSERT INTO environments (project_id, name, slug, folder, tier, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, name) DO UPDATE "
                             "SET tier = excluded.tier RETURNING id"),
              {environment.projectId, environment.name, environment.slug, environment.folder, environment.tier,
               environment.nowMs, environment.nowMs})
        .value(0, 0)
        .toLongLong();
}

qint64 DeploymentRepository::insertDeployment(storage::Transaction &tx, const NewDeployment &deployment)
{
    // The counter's row lock numbers one project's deployments one after the other.
    const qint64 iid = tx.exec(QStringLiteral("INSERT INTO deployment_counters (project_id, last_iid) VALUES (?, 1) "
                                              "ON CONFLICT (project_id) DO UPDATE SET last_iid = "
                                              "deployment_counters.last_iid + 1 RETURNING last_iid"),
                               {deployment.projectId})
                           .value(0, 0)
                           .toLongLong();
    tx.exec(QStringLiteral("INSERT INTO deployments (project_id, iid, environment_id, pipeline_id, job_id, job_name, "
                           "job_attempt, status, ref, is_tag, sha, url, stop_job_id, auto_stop_ms, triggered_by, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'created', ?, ?, ?, ?, ?, ?, ?, ?)"),
            {deployment.projectId, iid, deployment.environmentId, deployment.pipelineId, deployment.jobId,
             deployment.jobName, deployment.jobAttempt, deployment.ref, deployment.isTag, deployment.sha,
             deployment.url, idOrNull(deployment.stopJobId), deployment.autoStopMs, idOrNull(deployment.triggeredBy),
             deployment.nowMs});
    return iid;
}

std::optional<DeploymentRepository::Stored> DeploymentRepository::latestOfJob(const storage::Executor &run,
                                                                              qint64 jobId, int attempt)
{
    const auto rows =
        run(QStringLiteral("SELECT d.id, d.iid, d.environment_id, e.name, d.status, d.job_attempt, d.project_id, "
                           "d.pipeline_id, d.job_name, d.ref, d.is_tag, d.sha, d.url, COALESCE(d.stop_job_id, 0), "
                           "d.auto_stop_ms, COALESCE(d.triggered_by, 0) FROM deployments d "
                           "JOIN environments e ON e.id = d.environment_id "
                           "WHERE d.job_id = ? AND d.job_attempt <= ? ORDER BY d.job_attempt DESC LIMIT 1"),
            {jobId, attempt});
    if (rows.isEmpty())
        return std::nullopt;
    Stored stored;
    stored.id = rows.value(0, 0).toLongLong();
    stored.iid = rows.value(0, 1).toLongLong();
    stored.environmentId = rows.value(0, 2).toLongLong();
    stored.environment = rows.value(0, 3).toString();
    stored.status = rows.value(0, 4).toString();
    stored.jobAttempt = rows.value(0, 5).toInt();
    NewDeployment &asNew = stored.asNew;
    asNew.projectId = rows.value(0, 6).toLongLong();
    asNew.environmentId = stored.environmentId;
    asNew.pipelineId = rows.value(0, 7).toLongLong();
    asNew.jobId = jobId;
    asNew.jobName = rows.value(0, 8).toString();
    asNew.jobAttempt = stored.jobAttempt;
    asNew.ref = rows.value(0, 9).toString();
    asNew.isTag = rows.value(0, 10).toBool();
    asNew.sha = rows.value(0, 11).toString();
    asNew.url = rows.value(0, 12).toString();
    asNew.stopJobId = rows.value(0, 13).toLongLong();
    asNew.autoStopMs = rows.value(0, 14).toLongLong();
    asNew.triggeredBy = rows.value(0, 15).toLongLong();
    return stored;
}

bool DeploymentRepository::newerSucceeded(const storage::Executor &run, qint64 environmentId, qint64 pipelineId)
{
    return !run(QStringLiteral("SELECT 1 FROM deployments WHERE environment_id = ? AND status = 'success' "
                               "AND pipeline_id > ? LIMIT 1"),
                {environmentId, pipelineId})
                .isEmpty();
}

void DeploymentRepository::setWaiting(storage::Transaction &tx, qint64 deploymentId, const QString &reason)
{
    tx.exec(QStringLiteral("UPDATE deployments SET status = 'blocked', status_reason = ? WHERE id = ? "
                           "AND (status <> 'blocked' OR status_reason <> ?)"),
            {reason, deploymentId, reason});
}

void DeploymentRepository::setDeployer(storage::Transaction &tx, qint64 deploymentId, qint64 userId)
{
    tx.exec(QStringLiteral("UPDATE deployments SET triggered_by = ? WHERE id = ? AND (triggered_by IS NULL OR "
                           "triggered_by <> ?)"),
            {userId, deploymentId, userId});
}

QList<DeploymentRepository::Approval> DeploymentRepository::approvals(const storage::Executor &run, qint64 deploymentId)
{
    const auto rows = run(QStringLiteral("SELECT a.user_id, u.username, a.status, a.comment, a.created_at "
                                         "FROM deployment_approvals a JOIN users u ON u.id = a.user_id "
                                         "WHERE a.deployment_id = ? ORDER BY a.id"),
                          {deploymentId});
    return rows.map([&rows](int row) {
        return Approval{rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(), rows.value(row, 2).toString(),
                        rows.value(row, 3).toString(), rows.value(row, 4).toLongLong()};
    });
}

QList<DeploymentRepository::Started> DeploymentRepository::startedBetween(const storage::Executor &run, qint64 sinceMs,
                                                                          qint64 untilMs)
{
    const auto rows =
        run(QStringLiteral("SELECT d.project_id, p.slug, d.id, d.iid, e.name, e.tier, d.status, d.started_at, "
                           "COALESCE(u.username, ''), COALESCE(f.username, '') FROM deployments d "
                           "JOIN environments e ON e.id = d.environment_id "
                           "JOIN projects p ON p.id = d.project_id "
                           "LEFT JOIN users u ON u.id = d.triggered_by "
                           "LEFT JOIN users f ON f.id = d.freeze_overridden_by "
                           "WHERE d.started_at >= ? AND d.started_at < ? ORDER BY d.started_at, d.id"),
            {sinceMs, untilMs});
    return rows.map([&rows](int row) {
        Started started;
        started.projectId = rows.value(row, 0).toLongLong();
        ports::StartedDeployment &deployment = started.deployment;
        deployment.project = rows.value(row, 1).toString();
        deployment.id = rows.value(row, 2).toLongLong();
        deployment.iid = rows.value(row, 3).toLongLong();
        deployment.environment = rows.value(row, 4).toString();
        deployment.tier = rows.value(row, 5).toString();
        deployment.status = rows.value(row, 6).toString();
        deployment.startedAtMs = rows.value(row, 7).toLongLong();
        deployment.triggeredBy = rows.value(row, 8).toString();
        deployment.freezeOverriddenBy = rows.value(row, 9).toString();
        return started;
    });
}

std::optional<DeploymentRepository::ToDecide> DeploymentRepository::lockForDecision(storage::Transaction &tx,
                                                                                    qint64 projectId, qint64 iid)
{
    const auto rows =
        tx.exec(QStringLiteral("SELECT d.id, d.status, e.name, d.job_id, d.pipeline_id, COALESCE(d.triggered_by, 0) "
                               "FROM deployments d JOIN environments e ON e.id = d.environment_id "
                               "WHERE d.project_id = ? AND d.iid = ?") +
                    (tx.dialect() == storage::Dialect::Postgres ? QStringLiteral(" FOR UPDATE OF d") : QString()),
                {projectId, iid});
    if (rows.isEmpty())
        return std::nullopt;
    return ToDecide{rows.value(0, 0).toLongLong(), rows.value(0, 1).toString(),   rows.value(0, 2).toString(),
                    rows.value(0, 3).toLongLong(), rows.value(0, 4).toLongLong(), rows.value(0, 5).toLongLong()};
}

QList<DeploymentRepository::Blocked> DeploymentRepository::blocked(const storage::Executor &run)
{
    const auto rows =
        run(QStringLiteral("SELECT d.project_id, p.slug, d.iid, d.id, d.status, e.name, d.job_id, "
                           "d.pipeline_id, COALESCE(d.triggered_by, 0) FROM deployments d "
                           "JOIN environments e ON e.id = d.environment_id "
                           "JOIN projects p ON p.id = d.project_id WHERE d.status = 'blocked' ORDER BY d.id"),
            {});
    return rows.map([&rows](int row) {
        return Blocked{rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(), rows.value(row, 2).toLongLong(),
                       ToDecide{rows.value(row, 3).toLongLong(), rows.value(row, 4).toString(),
                                rows.value(row, 5).toString(), rows.value(row, 6).toLongLong(),
                                rows.value(row, 7).toLongLong(), rows.value(row, 8).toLongLong()}};
    });
}

void DeploymentRepository::insertApproval(storage::Transaction &tx, qint64 deploymentId, const Approval &approval)
{
    tx.exec(QStringLiteral("INSERT INTO deployment_approvals (deployment_id, user_id, status, comment, created_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {deploymentId, approval.userId, approval.status, approval.comment, approval.createdMs});
}

std::optional<qint64> DeploymentRepository::environmentIdOf(const storage::Executor &run, qint64 projectId,
                                                            const QString &key)
{
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    const auto rows =
        numeric
            ? run(QStringLiteral("SELECT id FROM environments WHERE project_id = ? AND id = ?"), {projectId, id})
            : run(QStringLiteral("SELECT id FROM environments WHERE project_id = ? AND name = ?"), {projectId, key});
    return rows.isEmpty() ? std::nullopt : std::optional<qint64>(rows.value(0, 0).toLongLong());
}

std::optional<DeploymentRepository::ToStop> DeploymentRepository::toStop(const storage::Executor &run, qint64 projectId,
                                                                         qint64 environmentId)
{
    const auto rows = run(QStringLiteral("SELECT id, name, state, COALESCE(stop_job_id, 0) FROM environments "
                                         "WHERE project_id = ? AND id = ?"),
                          {projectId, environmentId});
    if (rows.isEmpty())
        return std::nullopt;
    return ToStop{rows.value(0, 0).toLongLong(), rows.value(0, 1).toString(), rows.value(0, 2).toString(),
                  rows.value(0, 3).toLongLong()};
}

QList<DeploymentRepository::Due> DeploymentRepository::dueToStop(const storage::Executor &run, qint64 nowMs, int limit)
{
    const auto rows = run(QStringLiteral("SELECT project_id, id FROM environments WHERE auto_stop_at IS NOT NULL "
                                         "AND auto_stop_at <= ? AND state = 'available' ORDER BY auto_stop_at LIMIT ?"),
                          {nowMs, limit});
    return rows.map([&rows](int row) { return Due{rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong()}; });
}

bool DeploymentRepository::markStopped(storage::Transaction &tx, qint64 environmentId, qint64 nowMs)
{
    return !tx.exec(QStringLiteral("UPDATE environments SET state = 'stopped', auto_stop_at = NULL, updated_at = ? "
                                   "WHERE id = ? AND state <> 'stopped' RETURNING id"),
                    {nowMs, environmentId})
                .isEmpty();
}

namespace {

std::optional<DeploymentRepository::Redeployable> redeployableAt(const storage::ResultSet &rows)
{
    if (rows.isEmpty())
        return std::nullopt;
    return DeploymentRepository::Redeployable{rows.value(0, 0).toLongLong(), rows.value(0, 1).toLongLong(),
                                              rows.value(0, 2).toLongLong(), rows.value(0, 3).toString(),
                                              rows.value(0, 4).toString(),   rows.value(0, 5).toLongLong()};
}

const QString kRedeployableColumns =
    QStringLiteral("SELECT d.id, d.iid, d.environment_id, e.name, d.status, d.job_id FROM deployments d "
                   "JOIN environments e ON e.id = d.environment_id ");

} // namespace

std::optional<DeploymentRepository::Redeployable> DeploymentRepository::redeployable(const storage::Executor &run,
                                                                                     qint64 projectId, qint64 iid)
{
    return redeployableAt(
        run(kRedeployableColumns + QStringLiteral("WHERE d.project_id = ? AND d.iid = ?"), {projectId, iid}));
}

std::optional<DeploymentRepository::Redeployable> DeploymentRepository::redeployableById(const storage::Executor &run,
                                                                                         qint64 deploymentId)
{
    return redeployableAt(run(kRedeployableColumns + QStringLiteral("WHERE d.id = ?"), {deploymentId}));
}

std::optional<DeploymentRepository::Redeployable>
DeploymentRepository::lastSuccessBefore(const storage::Executor &run, qint64 environmentId, qint64 deploymentId)
{
    return redeployableAt(run(kRedeployableColumns + QStringLiteral("WHERE d.environment_id = ? AND d.id < ? AND "
                                                                    "d.status = 'success' ORDER BY d.id DESC LIMIT 1"),
                              {environmentId, deploymentId}));
}

bool DeploymentRepository::isRollback(const storage::Executor &run, qint64 deploymentId)
{
    return !run(QStringLiteral("SELECT 1 FROM deployments WHERE id = ? AND rollback_of IS NOT NULL"), {deploymentId})
                .isEmpty();
}

void DeploymentRepository::setRollbackOf(storage::Transaction &tx, qint64 deploymentId, qint64 rollbackOf)
{
    tx.exec(QStringLiteral("UPDATE deployments SET rollback_of = ? WHERE id = ? AND rollback_of IS NULL"),
            {rollbackOf, deploymentId});
}

std::optional<DeploymentRepository::Pin> DeploymentRepository::pinOf(const storage::Executor &run, qint64 environmentId)
{
    const auto rows = run(QStringLiteral("SELECT d.id, d.iid FROM environments e JOIN deployments d "
                                         "ON d.id = e.pinned_deployment_id WHERE e.id = ?"),
                          {environmentId});
    if (rows.isEmpty())
        return std::nullopt;
    return Pin{rows.value(0, 0).toLongLong(), rows.value(0, 1).toLongLong()};
}

bool DeploymentRepository::pin(storage::Transaction &tx, qint64 environmentId, qint64 deploymentId, qint64 userId,
                               qint64 nowMs)
{
    return !tx.exec(QStringLiteral("UPDATE environments SET pinned_deployment_id = ?, pinned_by = ?, pinned_at = ? "
                                   "WHERE id = ? AND (pinned_deployment_id IS NULL OR pinned_deployment_id <> ?) "
                                   "RETURNING id"),
                    {deploymentId, idOrNull(userId), nowMs, environmentId, deploymentId})
                .isEmpty();
}

bool DeploymentRepository::unpin(storage::Transaction &tx, qint64 environmentId)
{
    return !tx.exec(QStringLiteral("UPDATE environments SET pinned_deployment_id = NULL, pinned_by = NULL, "
                                   "pinned_at = NULL WHERE id = ? AND pinned_deployment_id IS NOT NULL RETURNING id"),
                    {environmentId})
                .isEmpty();
}

void DeploymentRepository::setHeld(storage::Transaction &tx, qint64 deploymentId, const QString &reason)
{
    tx.exec(QStringLiteral("UPDATE deployments SET status_reason = ? WHERE id = ? AND status_reason <> ?"),
            {reason, deploymentId, reason});
}

void DeploymentRepository::markFreezeOverridden(storage::Transaction &tx, qint64 deploymentId, qint64 userId)
{
    tx.exec(QStringLiteral("UPDATE deployments SET freeze_overridden_by = ? WHERE id = ?"), {userId, deploymentId});
}

QList<DeploymentRepository::Held> DeploymentRepository::heldByPin(const storage::Executor &run, qint64 environmentId)
{
    const auto rows = run(QStringLiteral("SELECT d.job_id, COALESCE(d.triggered_by, 0) FROM deployments d "
                                         "JOIN jobs j ON j.id = d.job_id AND j.attempt = d.job_attempt "
                                         "WHERE d.environment_id = ? AND j.waiting_for = ? ORDER BY d.id"),
                          {environmentId, QString::fromLatin1(kPinWait)});
    return rows.map([&rows](int row) {
        return Held{rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong()};
    });
}

QList<qint64> DeploymentRepository::unpinnedWithHeldJobs(const storage::Executor &run, int limit)
{
    const auto rows = run(QStringLiteral("SELECT DISTINCT d.environment_id FROM jobs j "
                                         "JOIN deployments d ON d.job_id = j.id AND d.job_attempt = j.attempt "
                                         "JOIN environments e ON e.id = d.environment_id "
                                         "WHERE j.waiting_for = ? AND e.pinned_deployment_id IS NULL LIMIT ?"),
                          {QString::fromLatin1(kPinWait), limit});
    return rows.map([&rows](int row) { return rows.value(row, 0).toLongLong(); });
}

QList<shared::Environment> DeploymentRepository::environments(const storage::Executor &run, qint64 projectId)
{
    const auto rows =
        run(kEnvironmentColumns + QStringLiteral("WHERE e.project_id = ? ORDER BY e.folder, e.name"), {projectId});
    QList<shared::Environment> found = rows.map([&rows](int row) { return environmentAt(rows, row); });
    attachDeployments(run, projectId, found);
    return found;
}

std::optional<shared::Environment> DeploymentRepository::environment(const storage::Executor &run, qint64 projectId,
                                                                     qint64 environmentId)
{
    const auto rows =
        run(kEnvironmentColumns + QStringLiteral("WHERE e.project_id = ? AND e.id = ?"), {projectId, environmentId});
    if (rows.isEmpty())
        return std::nullopt;
    shared::Environment environment = environmentAt(rows, 0);
    const auto pick = [&](const QString &condition) -> std::optional<shared::Deployment> {
        const auto last = run(kDeploymentColumns + QStringLiteral("WHERE d.environment_id = ? ") + condition +
                                  QStringLiteral(" ORDER BY d.id DESC LIMIT 1"),
                              {environmentId});
        return last.isEmpty() ? std::nullopt : std::optional<shared::Deployment>(deploymentAt(last, 0));
    };
    environment.lastDeployment = pick(QStringLiteral("AND d.status = 'success'"));
    environment.latestDeployment = pick(QString());
    return environment;
}

QList<shared::Deployment> DeploymentRepository::deployments(const storage::Executor &run, const Query &query)
{
    QString where = QStringLiteral("WHERE d.project_id = ? ");
    storage::SqlParams params{query.projectId};
    if (query.environmentId > 0) {
        where += QStringLiteral("AND d.environment_id = ? ");
        params.append(query.environmentId);
    }
    if (!query.status.isEmpty()) {
        where += QStringLiteral("AND d.status = ? ");
        params.append(query.status);
    }
    if (query.beforeId > 0) {
        where += QStringLiteral("AND d.id < ? ");
        params.append(query.beforeId);
    }
    params.append(query.limit);
    const auto rows = run(kDeploymentColumns + where + QStringLiteral("ORDER BY d.id DESC LIMIT ?"), params);
    return rows.map([&rows](int row) { return deploymentAt(rows, row); });
}

std::optional<shared::Deployment> DeploymentRepository::deployment(const storage::Executor &run, qint64 projectId,
                                                                   qint64 iid)
{
    const auto rows =
        run(kDeploymentColumns + QStringLiteral("WHERE d.project_id = ? AND d.iid = ?"), {projectId, iid});
    if (rows.isEmpty())
        return std::nullopt;
    shared::Deployment deployment = deploymentAt(rows, 0);
    for (const Approval &approval : approvals(run, deployment.id))
        deployment.approvals.append(
            {approval.username, approval.status, approval.comment, timeFromMs(approval.createdMs)});
    return deployment;
}

qint64 DeploymentRepository::previousSuccessfulIid(const storage::Executor &run, qint64 projectId,
                                                   const QString &environment, qint64 iid)
{
    const auto rows =
        run(QStringLiteral("SELECT d.iid FROM deployments d JOIN environments e ON e.id = d.environment_id "
                           "WHERE d.project_id = ? AND e.name = ? AND d.status = 'success' AND d.iid < ? "
                           "ORDER BY d.iid DESC LIMIT 1"),
            {projectId, environment, iid});
    return rows.isEmpty() ? 0 : rows.value(0, 0).toLongLong();
}

} // namespace adp::server::deployments
