#pragma once

#include "JobStore.h"
#include "core/Clock.h"
#include "events/Event.h"
#include "ports/DeploymentGate.h"
#include "ports/JobAnnouncer.h"
#include "ports/PipelineDirectory.h"
#include "storage/Executor.h"

#include <QHash>
#include <QMutex>
#include <functional>
#include <optional>
#include <vector>

namespace adp::server::pipelines {

using ports::PipelineStatusChange;
using ports::PipelineStatusListener;

// Moves a pipeline on after something changed (created, a job finished):
// decides every job that can be decided now (JobStates), stores the new
// statuses and the pipeline's, and, once committed, tells the project's
// audience about each change on the "pipelines" topic. A child pipeline
// that ends ends its parent's trigger job (strategy: depend) the same way,
// and moves the parent on.
class PipelineProgress
{
public:
    PipelineProgress(storage::Database &database, JobStore &jobs, events::EventPublisher &events, const Clock &clock)
        : m_database(database)
        , m_jobs(jobs)
        , m_events(events)
        , m_clock(clock)
    {
    }

    struct Changes
    {
        qint64 pipelineId = 0;
        qint64 projectId = 0;
        QList<QPair<qint64, QString>> jobs; // job id, new status
        QString pipelineStatus;
        bool pipelineChanged = false;
        std::vector<Changes> upstream; // the parent pipeline's, when a child it waits for ended
    };
    using LockedPipeline = JobStore::LockedPipeline;
    // Inside `tx`; pass the result to publish() after the commit.
    // `startedBy`: the person whose action moves it on (a retry), for deploy jobs that start;
    // 0: whoever triggered the pipeline.
    Changes advance(storage::Transaction &tx, qint64 pipelineId, qint64 startedBy = 0);
    Changes advance(storage::Transaction &tx, const LockedPipeline &locked, qint64 startedBy = 0);
    void publish(const Changes &changes);
    // Who may see a project's pipelines, remembered briefly (as memberships are): asked on every
    // change of every job otherwise. `generation` changes when memberships may have.
    void setAudienceGeneration(std::function<quint64()> generation) { m_generation = std::move(generation); }
    events::Audience audienceOf(qint64 projectId);
    void setStatusListener(PipelineStatusListener *listener) { m_listener = listener; }
    PipelineStatusListener *statusListener() const { return m_listener; }
    // Asked before a job that names an environment starts (deployments/).
    void setDeploymentGate(ports::DeploymentGate *gate) { m_gate = gate; }
    ports::DeploymentGate *deploymentGate() const { return m_gate; }
    static ports::DeployJob deployJobOf(const JobStore::StoredJob &job);
    // The job status a verdict makes of a job about to start ("created": it waits).
    static QString statusFor(const ports::DeployVerdict &verdict);
    // Where publish() announces jobs that became pending, so a worker takes them at once.
    void setDispatch(ports::JobAnnouncer *dispatch) { m_dispatch = dispatch; }
    // Jobs a new pipeline starts with pending, after its commit.
    void announcePending(const QList<qint64> &jobIds)
    {
        if (m_dispatch)
            m_dispatch->announce(jobIds);
    }
    // One job's status as it just changed (started, finished), for publish().
    static Changes jobChanged(qint64 pipelineId, qint64 projectId, qint64 jobId, const QString &status);

private:
    void endTriggerJob(storage::Transaction &tx, Changes &child, qint64 parentPipelineId, qint64 triggerJobId);

    storage::Database &m_database;
    JobStore &m_jobs;
    events::EventPublisher &m_events;
    const Clock &m_clock;
    ports::JobAnnouncer *m_dispatch = nullptr;
    PipelineStatusListener *m_listener = nullptr;
    ports::DeploymentGate *m_gate = nullptr;
    std::function<quint64()> m_generation;
    struct CachedAudience
    {
        events::Audience audience;
        qint64 expiresAt = 0;
        quint64 generation = 0;
    };
    QMutex m_audienceMutex;
    QHash<qint64, CachedAudience> m_audiences;
};

} // namespace adp::server::pipelines
