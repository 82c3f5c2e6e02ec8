#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// Where an environment's deploy jobs deploy on Kubernetes: a cluster of the project, a namespace
// and the manifests' path in the repository. After a deploy job's script succeeds, the server
// applies them at the job's commit and the job ends as the rollout does.
struct KubernetesTarget
{
    qint64 id = 0;
    QString environment;
    qint64 clusterId = 0;
    QString clusterName;
    QString namespaceName;
    QString manifestPath;
    bool autoRollback = false;   // a failed rollout redeploys the last healthy revision
    bool forceConflicts = false; // take fields other managers own (kubectl's --force-conflicts)
    QString serviceAccount;      // deploy jobs get a short-lived KUBECONFIG of it; empty: none
    QString updatedBy;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<KubernetesTarget> fromJson(const QJsonObject &object);
};

struct KubernetesTargetFields
{
    std::optional<QString> environment;
    std::optional<qint64> clusterId;
    std::optional<QString> namespaceName; // default: the cluster's
    std::optional<QString> manifestPath;
    std::optional<bool> autoRollback; // default: on for production-tier names
    std::optional<bool> forceConflicts;
    std::optional<QString> serviceAccount; // "" or absent: deploy jobs get no KUBECONFIG

    static KubernetesTargetFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
};

// One object of a rollout and how it is doing (Argo CD's health states).
struct RolloutObject
{
    QString apiVersion;
    QString kind;
    QString namespaceName;
    QString name;
    QString health; // Healthy, Progressing, Degraded, Suspended, Missing
    QString message;
};

// Whether an environment's live objects are still what its latest rollout applied.
struct KubernetesDrift
{
    struct Field
    {
        QString field;   // ".spec.replicas"
        QString manager; // who changed it: "kubectl-edit"
    };
    struct Object
    {
        QString apiVersion;
        QString kind;
        QString namespaceName;
        QString name;
        bool missing = false;
        QString error;
        QList<Field> fields;
    };
    QString environment;
    qint64 rolloutId = 0;
    bool drifted = false;
    QList<Object> objects; // the drifted ones (and those that could not be read)
    QDateTime checkedAt;

    QJsonObject toJson() const;
    static std::optional<KubernetesDrift> fromJson(const QJsonObject &object);
};

// One deploy job's apply and rollout on its environment's cluster.
struct KubernetesRollout
{
    qint64 id = 0;
    QString environment;
    qint64 jobId = 0;
    int jobAttempt = 1;
    QString sha;
    QString clusterName;
    QString namespaceName;
    QString status; // applying, progressing, healthy, failed
    QString reason;
    QList<RolloutObject> objects;
    QString rollback;                     // what its automatic rollback did, when it failed
    std::optional<KubernetesDrift> drift; // the last drift check of it, if any
    QDateTime startedAt;
    QDateTime finishedAt;

    QJsonObject toJson() const;
    static std::optional<KubernetesRollout> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
