#include "KubernetesExecutorService.h"

#include "ClusterRepository.h"
#include "KubernetesExecutorRepository.h"
#include "KubernetesExecutorRules.h"
#include "storage/Transaction.h"

namespace adp::server::kubernetes {

using shared::KubernetesExecutor;

Outcome<KubernetesExecutor> KubernetesExecutorService::get(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("kubernetes_executor.get"));
    if (!found.ok())
        return found.error();
    const auto executor = KubernetesExecutorRepository::find(storage::executorOf(m.database), found.value().project.id);
    if (!executor)
        return ServiceError::notFound(QStringLiteral("Kubernetes executor"));
    return *executor;
}

Outcome<KubernetesExecutor> KubernetesExecutorService::put(const MutationContext &context, const QString &projectKey,
                                                           const shared::KubernetesExecutorFields &fields)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("kubernetes_executor.set"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    const auto before = KubernetesExecutorRepository::find(storage::executorOf(m.database), projectId);
    KubernetesExecutor executor = before.value_or(KubernetesExecutor{});
    if (!before) {
        executor.image = QString::fromLatin1(KubernetesExecutor::kDefaultImage);
        executor.helperImage = QString::fromLatin1(KubernetesExecutor::kDefaultHelperImage);
    }
    shared::FieldErrors errors;
    std::optional<shared::Cluster> cluster;
    if (fields.clusterId) {
        cluster = ClusterRepository::find(storage::executorOf(m.database), projectId, *fields.clusterId);
        if (!cluster)
            errors.append(
                shared::invalidField(QStringLiteral("cluster_id"), QStringLiteral("is not a cluster of this project")));
    } else if (!before) {
        errors.append(shared::requiredField(QStringLiteral("cluster_id")));
    }
    if (cluster) {
        executor.clusterId = cluster->id;
        if (!fields.namespaceName)
            executor.namespaceName = cluster->namespaceName;
    }
    KubernetesExecutorRules::apply(fields, executor, errors);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    executor.updatedAt = m.clock.now();
    storage::Transaction tx(m.database);
    executor = KubernetesExecutorRepository::put(tx, projectId, executor, context.actor.userId);
    m.audit.record(tx, context,
                   {QStringLiteral("kubernetes_executor.set"), QStringLiteral("project"), QString::number(projectId),
                    before ? before->toJson() : QJsonObject(), executor.toJson()});
    tx.commit();
    return executor;
}

Outcome<Unit> KubernetesExecutorService::remove(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("kubernetes_executor.delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    const auto executor = KubernetesExecutorRepository::find(storage::executorOf(tx), projectId);
    if (!executor)
        return ServiceError::notFound(QStringLiteral("Kubernetes executor"));
    KubernetesExecutorRepository::remove(tx, projectId);
    m.audit.record(tx, context,
                   {QStringLiteral("kubernetes_executor.deleted"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    executor->toJson(),
                    {}});
    tx.commit();
    return Unit{};
}

} // namespace adp::server::kubernetes
