#include "DriftService.h"

#include "ClusterCredentials.h"
#include "KubernetesTargetRepository.h"
#include "access/AccessResolver.h"
#include "kube/DriftCheck.h"
#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

namespace adp::server::kubernetes {

std::optional<shared::KubernetesDrift> DriftService::measure(const RolloutRepository::Healthy &rollout, QString &error)
{
    const storage::Executor run = storage::executorOf(m.database);
    const auto target = KubernetesTargetRepository::find(run, rollout.projectId, rollout.environment);
    if (!target) {
        error = QStringLiteral("%1 no longer deploys to Kubernetes").arg(rollout.environment);
        return std::nullopt;
    }
    auto config = ClusterCredentials::open(run, m.secrets, rollout.projectId, target->clusterId, error);
    if (!config)
        return std::nullopt;
    config->namespaceName = target->namespaceName;
    kube::KubeApiClient client(*config);
    kube::KubeDiscovery discovery(client);
    kube::DriftCheck check(client, discovery, QStringLiteral("adp"));
    shared::KubernetesDrift drift;
    drift.environment = rollout.environment;
    drift.rolloutId = rollout.id;
    drift.checkedAt = m.clock.now();
    for (const kube::DriftCheck::Object &object : check.check(rollout.inventory)) {
        if (!object.drifted() && object.error.isEmpty())
            continue;
        shared::KubernetesDrift::Object entry{object.object.apiVersion,
                                              object.object.kind,
                                              object.object.namespaceName,
                                              object.object.name,
                                              object.missing,
                                              object.error,
                                              {}};
        for (const auto &field : object.fields)
            entry.fields.append({field.path, field.manager});
        drift.drifted = drift.drifted || object.drifted();
        drift.objects.append(entry);
    }
    {
        storage::Transaction tx(m.database);
        RolloutRepository::setDrift(tx, rollout.id, drift);
        tx.commit();
    }
    QJsonObject data = drift.toJson();
    data.insert(QStringLiteral("project_id"), rollout.projectId);
    m.events.publish(QStringLiteral("pipelines"), QStringLiteral("kubernetes.drift"), data,
                     access::AccessResolver::projectAudience(run, rollout.projectId));
    return drift;
}

Outcome<shared::KubernetesDrift> DriftService::check(const MutationContext &context, const QString &projectKey,
                                                     const QString &environment)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("kubernetes_drift.check"));
    if (!found.ok())
        return found.error();
    if (environment.trimmed().isEmpty())
        return ServiceError::validation(
            {{QStringLiteral("environment"), QString::fromLatin1(shared::fieldcodes::Required),
              QStringLiteral("is required")}});
    const auto rollout =
        RolloutRepository::latestHealthy(storage::executorOf(m.database), found.value().project.id, environment);
    if (!rollout)
        return ServiceError::conflict(
            QStringLiteral(
                "%1 has no healthy rollout to compare with (its latest rollout failed, runs, or there is none)")
                .arg(environment));
    QString error;
    const auto drift = measure(*rollout, error);
    if (!drift)
        return ServiceError::conflict(QStringLiteral("The drift of %1 cannot be checked: %2").arg(environment, error));
    return *drift;
}

void DriftService::tidy()
{
    for (const RolloutRepository::Healthy &rollout :
         RolloutRepository::healthyToCheck(storage::executorOf(m.database), kChoreBatch)) {
        QString error;
        if (!measure(rollout, error))
            spdlog::info("kubernetes: the drift of environment {} of project {} was not checked: {}",
                         rollout.environment.toStdString(), rollout.projectId, error.toStdString());
    }
}

} // namespace adp::server::kubernetes
