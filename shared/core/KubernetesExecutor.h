#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <optional>

namespace adp::shared {

// How a project's jobs run as pods on one of its clusters (GitLab runner's Kubernetes executor
// settings): where, as whom, on which nodes, in which image when the job names none, and what
// each job may ask for through KUBERNETES_CPU_REQUEST and the like, up to the maxima.
struct KubernetesExecutor
{
    static constexpr const char *kDefaultImage = "debian:12-slim";
    static constexpr const char *kDefaultHelperImage = "busybox:1.36";

    qint64 clusterId = 0;
    QString clusterName;
    QString namespaceName;
    QString serviceAccount; // empty: the namespace's default, with no API token mounted
    QMap<QString, QString> nodeSelector;
    QJsonArray tolerations; // as in a pod spec
    QString image;          // for jobs without `image:`
    QString helperImage;    // fetches the workspace and returns artifacts: needs sh, tar, gzip and curl or wget
    QString cpuRequest;     // Kubernetes quantities ("500m", "2"); empty: none
    QString cpuLimit;
    QString memoryRequest; // "256Mi", "1Gi"
    QString memoryLimit;
    QString maxCpu; // the most a job's KUBERNETES_CPU_* may ask for; empty: jobs may not change it
    QString maxMemory;
    QString updatedBy;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<KubernetesExecutor> fromJson(const QJsonObject &object);
};

// What a maintainer sends to set it; absent fields keep their value (or the default when new).
struct KubernetesExecutorFields
{
    std::optional<qint64> clusterId;
    std::optional<QString> namespaceName;
    std::optional<QString> serviceAccount;
    std::optional<QMap<QString, QString>> nodeSelector;
    std::optional<QJsonArray> tolerations;
    std::optional<QString> image;
    std::optional<QString> helperImage;
    std::optional<QString> cpuRequest;
    std::optional<QString> cpuLimit;
    std::optional<QString> memoryRequest;
    std::optional<QString> memoryLimit;
    std::optional<QString> maxCpu;
    std::optional<QString> maxMemory;

    static KubernetesExecutorFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
};

} // namespace adp::shared
