#include "KubernetesTargetService.h"

#include "ClusterRepository.h"
#include "KubernetesTargetRepository.h"
#include "RolloutRepository.h"
#include "kube/KubeNames.h"
#include "shared/pipeline/EnvironmentName.h"
#include "storage/Transaction.h"

#include <QDir>

namespace adp::server::kubernetes {

using shared::KubernetesTarget;

Outcome<QList<KubernetesTarget>> KubernetesTargetService::list(const MutationContext &context,
                                                               const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("kubernetes_target.list"));
    if (!found.ok())
        return found.error();
    return KubernetesTargetRepository::list(storage::executorOf(m.database), found.value().project.id);
}

Outcome<KubernetesTarget> KubernetesTargetService::put(const MutationContext &context, const QString &projectKey,
                                                       const shared::KubernetesTargetFields &fields)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("kubernetes_target.set"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    shared::FieldErrors errors;
    const QString environment = fields.environment.value_or(QString()).trimmed();
    const QString path = QDir::cleanPath(fields.manifestPath.value_or(QString()).trimmed());
    if (!(!environment.isEmpty()))
        errors.append(shared::requiredField(QStringLiteral("environment")));
    if (!(fields.clusterId.has_value()))
        errors.append(shared::requiredField(QStringLiteral("cluster_id")));
    if (!(!fields.manifestPath.value_or(QString()).trimmed().isEmpty()))
        errors.append(shared::requiredField(QStringLiteral("manifest_path")));
    if (!environment.isEmpty() && !pipeline::EnvironmentName::isValid(environment))
        errors.append(
            shared::invalidField(QStringLiteral("environment"), QStringLiteral("is not an environment name")));
    if (fields.manifestPath && !path.isEmpty() &&
        (QDir::isAbsolutePath(path) || path == QLatin1String("..") || path.startsWith(QLatin1String("../"))))
        errors.append(shared::invalidField(QStringLiteral("manifest_path"),
                                           QStringLiteral("must be a path inside the repository")));
    if (fields.namespaceName && !kube::isDnsLabel(*fields.namespaceName))
        errors.append(shared::invalidField(QStringLiteral("namespace"),
                                           QStringLiteral("must be a namespace name (lower-case letters, digits, -)")));
    const QString serviceAccount = fields.serviceAccount.value_or(QString()).trimmed();
    if (!serviceAccount.isEmpty() && !kube::isDnsSubdomain(serviceAccount))
        errors.append(shared::invalidField(QStringLiteral("service_account"),
                                           QStringLiteral("must be a service account's name")));
    std::optional<shared::Cluster> cluster;
    if (fields.clusterId) {
        cluster = ClusterRepository::find(storage::executorOf(m.database), projectId, *fields.clusterId);
        if (!cluster)
            errors.append(
                shared::invalidField(QStringLiteral("cluster_id"), QStringLiteral("is not a cluster of this project")));
    }
    if (!errors.isEmpty())
        return ServiceError::validation(errors);

    KubernetesTarget target;
    target.environment = environment;
    target.clusterId = cluster->id;
    target.namespaceName = fields.namespaceName.value_or(cluster->namespaceName);
    target.manifestPath = path;
    // Production tiers roll back on their own unless told otherwise, as the issue of a bad release is worst there.
    target.autoRollback =
        fields.autoRollback.value_or(pipeline::EnvironmentName::guessTier(environment) == u"production");
    target.forceConflicts = fields.forceConflicts.value_or(false);
    target.serviceAccount = serviceAccount;
    target.updatedAt = m.clock.now();
    storage::Transaction tx(m.database);
    const auto before = KubernetesTargetRepository::find(storage::executorOf(tx), projectId, environment);
    target = KubernetesTargetRepository::put(tx, projectId, target, context.actor.userId);
    m.audit.record(tx, context,
                   {QStringLiteral("kubernetes_target.set"), QStringLiteral("project"), QString::number(projectId),
                    before ? before->toJson() : QJsonObject(), target.toJson()});
    tx.commit();
    return target;
}

Outcome<Unit> KubernetesTargetService::remove(const MutationContext &context, const QString &projectKey, qint64 id)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("kubernetes_target.delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    const auto target = KubernetesTargetRepository::findById(storage::executorOf(tx), projectId, id);
    if (!target)
        return ServiceError::notFound(QStringLiteral("Kubernetes target"));
    KubernetesTargetRepository::remove(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("kubernetes_target.deleted"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    target->toJson(),
                    {}});
    tx.commit();
    return Unit{};
}

Outcome<QList<shared::KubernetesRollout>> KubernetesTargetService::rollouts(const MutationContext &context,
                                                                            const QString &projectKey,
                                                                            const QString &environment, int limit)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("kubernetes_rollout.list"));
    if (!found.ok())
        return found.error();
    shared::FieldErrors errors;
    if (!(!environment.trimmed().isEmpty()))
        errors.append(shared::requiredField(QStringLiteral("environment")));
    if (limit < 1 || limit > 50)
        errors.append(shared::invalidField(QStringLiteral("limit"), QStringLiteral("must be a number from 1 to 50")));
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    return RolloutRepository::latest(storage::executorOf(m.database), found.value().project.id, environment, limit);
}

} // namespace adp::server::kubernetes
