#pragma once

#include "storage/Transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace adp::server::ports {

// A job that names an environment, as pipelines/ knows it.
struct DeployJob
{
    qint64 id = 0;
    QString name;
    int attempt = 1;
    QJsonObject environment; // the spec's: name, slug, url, action, on_stop, auto_stop_in, tier
    qint64 rollbackOf = 0;   // this attempt redeploys that deployment (a rollback)
};

// A pipeline just stored, with the jobs of it that name an environment.
struct PipelineWithDeployJobs
{
    qint64 pipelineId = 0;
    qint64 projectId = 0;
    QString ref;
    bool isTag = false;
    QString sha;
    qint64 triggeredBy = 0;
    qint64 nowMs = 0;
    QList<DeployJob> jobs;
    QHash<QString, qint64> jobIds; // every job of the pipeline by name (on_stop names one)
};

// A deploy job about to start: by the pipeline moving on (startedBy: who triggered the pipeline) or
// by a person playing or retrying it (startedBy: that person; onPurpose: they chose this deploy).
struct DeployJobStart
{
    qint64 pipelineId = 0;
    qint64 projectId = 0;
    qint64 startedBy = 0;
    qint64 nowMs = 0;
    DeployJob job;
    bool onPurpose = false;
};

// What may a deploy job do now: start; wait (for an approval, a freeze to end...) with the job
// left as it is and the reason shown; or end skipped or failed with the reason.
struct DeployVerdict
{
    enum class Kind { Start, Wait, Skip, Fail };
    Kind kind = Kind::Start;
    QString reason;
};

// Environments and deployments (deployments/) follow the pipelines that deploy: pipelines/ calls
// this inside its own transactions and applies the verdict.
class DeploymentGate
{
public:
    virtual ~DeploymentGate() = default;
    // Each environment named is made on first use; each job with action start gets its deployment.
    virtual void pipelineStored(storage::Transaction &tx, const PipelineWithDeployJobs &pipeline) = 0;
    virtual DeployVerdict admit(storage::Transaction &tx, const DeployJobStart &start) = 0;
    // Whether a deploy freeze window of the project holds at `atMs` (CI_DEPLOY_FREEZE).
    virtual bool inDeployFreeze(const storage::Executor &run, qint64 projectId, qint64 atMs) = 0;
};

} // namespace adp::server::ports
