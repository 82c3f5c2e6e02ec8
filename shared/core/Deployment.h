#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace adp::shared {

// One person's decision on a deployment that waits for approval.
struct DeploymentApproval
{
    QString user;
    QString status; // approved or rejected
    QString comment;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static DeploymentApproval fromJson(const QJsonObject &object);
};

// One run of a deploy job (a job whose environment's action is start), as the API shows it.
// Its status follows its job's; `blocked` while it waits for approvals.
struct Deployment
{
    qint64 id = 0;
    qint64 iid = 0; // numbered per project, as GitLab does
    QString environment;
    QString status; // created, blocked, running, success, failed, canceled, skipped
    QString statusReason;
    QString ref;
    bool isTag = false;
    QString sha;
    QString url;
    qint64 pipelineId = 0;
    qint64 jobId = 0;
    QString jobName;
    int jobAttempt = 1;
    QString triggeredBy; // username; empty when unknown
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<DeploymentApproval> approvals; // shown for one deployment; empty in lists
    qint64 rollbackOf = 0;               // a rollback: the iid of the deployment it redeployed
    QString project;                     // its project's slug, in lists that span projects; else empty

    QJsonObject toJson() const;
    static std::optional<Deployment> fromJson(const QJsonObject &object);
    // Seconds from start to end; -1 while it has not ended.
    qint64 durationSeconds() const;
};

// A place a project deploys to, made by the first job that names it.
struct Environment
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString folder; // review for review/feature-x; empty otherwise
    QString tier;   // production, staging, testing, development, other
    QString externalUrl;
    QString state; // available, stopping, stopped
    bool hasStopJob = false;
    QDateTime autoStopAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<Deployment> lastDeployment;   // the last successful one: what runs there now
    std::optional<Deployment> latestDeployment; // the newest, whatever its status
    // A rollback pins the environment to its deployment: automatic deploys wait until it is unpinned.
    qint64 pinnedDeployment = 0; // iid; 0: not pinned
    QString pinnedBy;
    QDateTime pinnedAt;

    QJsonObject toJson() const;
    static std::optional<Environment> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
