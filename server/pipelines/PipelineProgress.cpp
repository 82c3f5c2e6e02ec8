#include "PipelineProgress.h"

#include "access/AccessResolver.h"
#include "shared/pipeline/DefinitionParser.h"
#include "shared/pipeline/JobStates.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace adp::server::pipelines {

namespace {

const QString kJobsSql = QStringLiteral(
    "SELECT id, name, stage_index, run_when, needs, status, allow_failure, spec FROM jobs WHERE pipeline_id = ? "
    "ORDER BY id");
const QString kPipelineColumns =
    QStringLiteral("p.id, p.project_id, p.status, p.parent_pipeline_id, p.parent_job_id, p.ref");

std::optional<PipelineProgress::LockedPipeline> lockedPipelineOf(const storage::ResultSet &row)
{
    if (row.isEmpty())
        return std::nullopt;
    return PipelineProgress::LockedPipeline{row.value(0, 0).toLongLong(),
                                            row.value(0, 1).toLongLong(),
                                            row.value(0, 2).toString(),
                                            row.value(0, 3),
                                            row.value(0, 4),
                                            row.value(0, 5).toString()};
}

} // namespace

std::optional<PipelineProgress::LockedPipeline> PipelineProgress::lock(storage::Transaction &tx, qint64 pipelineId)
{
    // NO KEY: a pipeline's key never changes, and a plain FOR UPDATE would also wait for (and
    // deadlock with) transactions that only hold a key-share lock from inserting a row that
    // references it, such as two trigger jobs of one parent each making a child pipeline.
    return lockedPipelineOf(tx.exec(lockSql(tx), {pipelineId}));
}

QString PipelineProgress::lockSql(const storage::Transaction &tx)
{
    const QString forUpdate =
        tx.dialect() == storage::Dialect::Postgres ? QStringLiteral(" FOR NO KEY UPDATE") : QString();
    return QStringLiteral("SELECT %1 FROM pipelines p WHERE p.id = ?").arg(kPipelineColumns) + forUpdate;
}

std::optional<PipelineProgress::LockedPipeline> PipelineProgress::changeJob(storage::Transaction &tx,
                                                                            const QString &jobUpdate,
                                                                            const storage::SqlParams &params,
                                                                            std::optional<qint64> pipelineId)
{
    if (pipelineId) {
        // The job's change, its pipeline's lock and its jobs in one round trip. They still run one
        // after another, each with a fresh snapshot: the jobs are read after the lock was granted.
        // (Folded into one statement, a CTE, the queue measured 10-15 % slower, and could read the
        // jobs as they were before waiting for the lock.)
        const QList<storage::ResultSet> results =
            tx.execBatch({{jobUpdate, params}, {lockSql(tx), {*pipelineId}}, {kJobsSql, {*pipelineId}}});
        if (results.at(0).isEmpty() || results.at(0).value(0, 0).toLongLong() != *pipelineId)
            return std::nullopt;
        std::optional<LockedPipeline> locked = lockedPipelineOf(results.at(1));
        if (locked)
            locked->jobs = results.at(2);
        return locked;
    }
    const auto changed = tx.exec(jobUpdate, params);
    return changed.isEmpty() ? std::nullopt : lock(tx, changed.value(0, 0).toLongLong());
}

PipelineProgress::Changes PipelineProgress::advance(storage::Transaction &tx, qint64 pipelineId)
{
    const std::optional<LockedPipeline> pipeline = lock(tx, pipelineId);
    if (!pipeline) {
        Changes nothing;
        nothing.pipelineId = pipelineId;
        return nothing;
    }
    return advance(tx, *pipeline);
}

PipelineProgress::Changes PipelineProgress::advance(storage::Transaction &tx, const LockedPipeline &locked)
{
    const qint64 pipelineId = locked.id;
    Changes changes;
    changes.pipelineId = pipelineId;
    changes.projectId = locked.projectId;
    const QString &before = locked.status;
    const storage::ResultSet rows = locked.jobs ? *locked.jobs : tx.exec(kJobsSql, {pipelineId});
    QList<pipeline::JobStates::Job> jobs;
    QList<qint64> ids;
    for (int row = 0; row < rows.size(); ++row) {
        pipeline::JobStates::Job job;
        ids.append(rows.value(row, 0).toLongLong());
        job.name = rows.value(row, 1).toString();
        job.stageIndex = rows.value(row, 2).toInt();
        job.when = rows.value(row, 3).toString();
        job.needs = PipelineRepository::needsOf(rows.value(row, 4));
        job.status = rows.value(row, 5).toString();
        job.allowFailure = rows.value(row, 6).toBool();
        jobs.append(job);
    }
    const qint64 now = m_clock.nowMs();
    const QHash<int, QString> changed = pipeline::JobStates::advance(jobs);
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        m_pipelines.setJobStatus(tx, ids.at(it.key()), it.value(), now);
        if (it.value() == u"scheduled") { // a delayed job: due after its start_in
            const QString startIn = QJsonDocument::fromJson(rows.value(it.key(), 7).toString().toUtf8())
                                        .object()
                                        .value(QStringLiteral("start_in"))
                                        .toString();
            m_pipelines.scheduleJob(tx, ids.at(it.key()),
                                    now + pipeline::DefinitionParser::durationSeconds(startIn).value_or(0) * 1000);
        }
        jobs[it.key()].status = it.value();
        changes.jobs.append({ids.at(it.key()), it.value()});
    }
    changes.pipelineStatus = pipeline::JobStates::pipelineStatus(jobs);
    changes.pipelineChanged = changes.pipelineStatus != before;
    if (changes.pipelineChanged) {
        m_pipelines.setPipelineStatus(tx, pipelineId, changes.pipelineStatus, now);
        if (m_listener)
            m_listener->pipelineStatusChanged(
                storage::executorOf(tx), tx.dialect(),
                {pipelineId, changes.projectId, changes.pipelineStatus, locked.ref, !locked.parentPipelineId.isNull()});
    }
    if (changes.pipelineChanged && pipeline::JobStates::isFinished(changes.pipelineStatus) &&
        !locked.parentJobId.isNull())
        endTriggerJob(tx, changes, locked.parentPipelineId.toLongLong(), locked.parentJobId.toLongLong());
    return changes;
}

void PipelineProgress::endTriggerJob(storage::Transaction &tx, Changes &child, qint64 parentPipelineId,
                                     qint64 triggerJobId)
{
    // The trigger job ends as its child did; a skipped child counts as passed.
    const QString &ended = child.pipelineStatus;
    const QString status = ended == u"failed" || ended == u"canceled" ? ended : QStringLiteral("success");
    // Only while it still waits for this very child (not canceled meanwhile, not retried into another).
    const bool waiting =
        !tx.exec(QStringLiteral("UPDATE jobs SET status = ?, finished_at = ?, failure_reason = ? WHERE id = ? "
                                "AND status = 'running' AND downstream_pipeline_id = ? RETURNING id"),
                 {status, m_clock.nowMs(),
                  status == u"failed" ? QStringLiteral("downstream_pipeline_failed") : QString(), triggerJobId,
                  child.pipelineId})
             .isEmpty();
    if (!waiting)
        return;
    Changes parent = advance(tx, parentPipelineId);
    parent.jobs.prepend({triggerJobId, status});
    child.upstream.push_back(std::move(parent));
}

PipelineProgress::Changes PipelineProgress::jobChanged(qint64 pipelineId, qint64 projectId, qint64 jobId,
                                                       const QString &status)
{
    Changes changes;
    changes.pipelineId = pipelineId;
    changes.projectId = projectId;
    changes.jobs.append({jobId, status});
    return changes;
}

events::Audience PipelineProgress::audienceOf(qint64 projectId)
{
    constexpr qint64 kTtlMs = 1000; // as long as memberships are cached
    const quint64 generation = m_generation ? m_generation() : 0;
    const qint64 now = m_clock.nowMs();
    {
        QMutexLocker lock(&m_audienceMutex);
        const auto cached = m_audiences.constFind(projectId);
        if (cached != m_audiences.constEnd() && cached->expiresAt > now && cached->generation == generation)
            return cached->audience;
    }
    const events::Audience audience =
        access::AccessResolver::projectAudience(storage::executorOf(m_database), projectId);
    QMutexLocker lock(&m_audienceMutex);
    if (m_audiences.size() > 10000)
        m_audiences.clear();
    m_audiences.insert(projectId, {audience, now + kTtlMs, generation});
    return audience;
}

void PipelineProgress::publish(const Changes &changes)
{
    for (const Changes &parent : changes.upstream)
        publish(parent);
    if (changes.jobs.isEmpty() && !changes.pipelineChanged)
        return;
    if (m_dispatch) {
        QList<qint64> pending;
        for (const auto &[jobId, status] : changes.jobs) {
            if (status == u"pending")
                pending.append(jobId);
        }
        m_dispatch->announce(pending);
    }
    const events::Audience audience = audienceOf(changes.projectId);
    const QString topic = QStringLiteral("pipelines");
    for (const auto &[jobId, status] : changes.jobs)
        m_events.publish(topic, QStringLiteral("job.updated"),
                         {{QStringLiteral("id"), jobId},
                          {QStringLiteral("pipeline_id"), changes.pipelineId},
                          {QStringLiteral("project_id"), changes.projectId},
                          {QStringLiteral("status"), status}},
                         audience);
    if (changes.pipelineChanged)
        m_events.publish(topic, QStringLiteral("pipeline.updated"),
                         {{QStringLiteral("id"), changes.pipelineId},
                          {QStringLiteral("project_id"), changes.projectId},
                          {QStringLiteral("status"), changes.pipelineStatus}},
                         audience);
}

} // namespace adp::server::pipelines
