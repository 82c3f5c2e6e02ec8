#pragma once

#include "ports/ComplianceEvidence.h"
#include "shared/core/Deployment.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::deployments {

// The `environments`, `deployments`, `deployment_counters` and `deployment_approvals` tables. (A deployment's status
// and its environment's state also follow its job in the database: migration 24's trigger.)
class DeploymentRepository
{
public:
    struct NewEnvironment
    {
        qint64 projectId = 0;
        QString name;
        QString slug;
        QString folder;
        QString tier;
        qint64 nowMs = 0;
    };
    // Made on first use; a later deployment that states another tier changes it. Answers the id.
    static qint64 ensureEnvironment(storage::Transaction &tx, const NewEnvironment &environment);

    struct NewDeployment
    {
        qint64 projectId = 0;
        qint64 environmentId = 0;
        qint64 pipelineId = 0;
        qint64 jobId = 0;
        QString jobName;
        int jobAttempt = 1;
        QString ref;
        bool isTag = false;
        QString sha;
        QString url;
        qint64 stopJobId = 0;
        qint64 autoStopMs = 0;
        qint64 triggeredBy = 0;
        qint64 nowMs = 0;
    };
    // Numbered next in its project; answers its iid.
    static qint64 insertDeployment(storage::Transaction &tx, const NewDeployment &deployment);

    // What admitting a deploy job needs of its deployment.
    struct Stored
    {
        qint64 id = 0;
        qint64 iid = 0;
        qint64 environmentId = 0;
        QString environment;
        QString status;
        int jobAttempt = 1;
        NewDeployment asNew; // to number a person's retry of its job as a new deployment
    };
    // The deployment of a job's latest attempt up to `attempt`.
    static std::optional<Stored> latestOfJob(const storage::Executor &run, qint64 jobId, int attempt);
    // Did a deployment of a later pipeline to this environment succeed?
    static bool newerSucceeded(const storage::Executor &run, qint64 environmentId, qint64 pipelineId);
    static void setWaiting(storage::Transaction &tx, qint64 deploymentId, const QString &reason);
    // Who deploys: the person who played or retried the job, else whoever triggered its pipeline.
    static void setDeployer(storage::Transaction &tx, qint64 deploymentId, qint64 userId);

    // --- Approvals
    struct Approval
    {
        qint64 userId = 0;
        QString username;
        QString status; // approved, rejected
        QString comment;
        qint64 createdMs = 0;
    };
    static QList<Approval> approvals(const storage::Executor &run, qint64 deploymentId);
    // Deployments that started in [sinceMs, untilMs), oldest first, with their project's id (for
    // the approval rules); approvals and approvalsSatisfied are left for the caller.
    struct Started
    {
        qint64 projectId = 0;
        ports::StartedDeployment deployment;
    };
    static QList<Started> startedBetween(const storage::Executor &run, qint64 sinceMs, qint64 untilMs);
    // A deployment of the project to decide on, its row locked until the transaction ends (PostgreSQL),
    // so that approvals given at once are counted one after the other.
    struct ToDecide
    {
        qint64 id = 0;
        QString status;
        QString environment;
        qint64 jobId = 0;
        qint64 pipelineId = 0;
        qint64 triggeredBy = 0;
    };
    static std::optional<ToDecide> lockForDecision(storage::Transaction &tx, qint64 projectId, qint64 iid);
    // Every deployment that waits for approvals, oldest first (a few at any time).
    struct Blocked
    {
        qint64 projectId = 0;
        QString projectSlug;
        qint64 iid = 0;
        ToDecide deployment;
    };
    static QList<Blocked> blocked(const storage::Executor &run);
    static void insertApproval(storage::Transaction &tx, qint64 deploymentId, const Approval &approval);

    // --- Stopping
    struct ToStop
    {
        qint64 id = 0;
        QString name;
        QString state;
        qint64 stopJobId = 0;
    };
    // An environment of the project by id or by name.
    static std::optional<qint64> environmentIdOf(const storage::Executor &run, qint64 projectId, const QString &key);
    static std::optional<ToStop> toStop(const storage::Executor &run, qint64 projectId, qint64 environmentId);
    // Available environments whose auto_stop_at has passed, oldest first.
    struct Due
    {
        qint64 projectId = 0;
        qint64 environmentId = 0;
    };
    static QList<Due> dueToStop(const storage::Executor &run, qint64 nowMs, int limit);
    // Stopped at once (no stop job to run); answers whether it was not stopped already.
    static bool markStopped(storage::Transaction &tx, qint64 environmentId, qint64 nowMs);

    // --- Rollback and pins
    // A deployment as a rollback needs it: what ran, where, and how it ended.
    struct Redeployable
    {
        qint64 id = 0;
        qint64 iid = 0;
        qint64 environmentId = 0;
        QString environment;
        QString status;
        qint64 jobId = 0;
    };
    static std::optional<Redeployable> redeployable(const storage::Executor &run, qint64 projectId, qint64 iid);
    static std::optional<Redeployable> redeployableById(const storage::Executor &run, qint64 deploymentId);
    // The environment's latest successful deployment before `deploymentId`: what a rollback redeploys.
    static std::optional<Redeployable> lastSuccessBefore(const storage::Executor &run, qint64 environmentId,
                                                         qint64 deploymentId);
    static bool isRollback(const storage::Executor &run, qint64 deploymentId);
    static void setRollbackOf(storage::Transaction &tx, qint64 deploymentId, qint64 rollbackOf);
    struct Pin
    {
        qint64 deploymentId = 0;
        qint64 iid = 0;
    };
    static std::optional<Pin> pinOf(const storage::Executor &run, qint64 environmentId);
    // Answers whether the pin changed.
    static bool pin(storage::Transaction &tx, qint64 environmentId, qint64 deploymentId, qint64 userId, qint64 nowMs);
    // Answers whether it was pinned.
    static bool unpin(storage::Transaction &tx, qint64 environmentId);
    // A deployment held back (by a pin): it stays created, with the reason shown.
    static void setHeld(storage::Transaction &tx, qint64 deploymentId, const QString &reason);
    // A maintainer let this deployment through a hard freeze.
    static void markFreezeOverridden(storage::Transaction &tx, qint64 deploymentId, qint64 userId);
    // Deploy jobs held back by a pin (jobs.waiting_for = kPinWait), with whom each deploys for.
    static constexpr const char *kPinWait = "pin";
    struct Held
    {
        qint64 jobId = 0;
        qint64 deployer = 0;
    };
    static QList<Held> heldByPin(const storage::Executor &run, qint64 environmentId);
    // Environments no longer pinned whose deploy jobs still wait for the pin (a deploy on purpose unpinned them).
    static QList<qint64> unpinnedWithHeldJobs(const storage::Executor &run, int limit);

    // --- What the API shows
    static QList<shared::Environment> environments(const storage::Executor &run, qint64 projectId);
    static std::optional<shared::Environment> environment(const storage::Executor &run, qint64 projectId,
                                                          qint64 environmentId);
    struct Query
    {
        qint64 projectId = 0;
        qint64 environmentId = 0; // 0: every environment
        QString status;           // empty: any
        qint64 beforeId = 0;      // the cursor: deployments older than this one
        int limit = 20;
    };
    static QList<shared::Deployment> deployments(const storage::Executor &run, const Query &query);
    static std::optional<shared::Deployment> deployment(const storage::Executor &run, qint64 projectId, qint64 iid);
    // The iid of the last successful deployment to `environment` numbered before `iid`; 0 when none.
    static qint64 previousSuccessfulIid(const storage::Executor &run, qint64 projectId, const QString &environment,
                                        qint64 iid);
};

} // namespace adp::server::deployments
