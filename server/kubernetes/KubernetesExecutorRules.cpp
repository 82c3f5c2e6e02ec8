#include "KubernetesExecutorRules.h"

#include "kube/KubeNames.h"
#include "kube/Quantity.h"

namespace adp::server::kubernetes {

using shared::KubernetesExecutor;

void KubernetesExecutorRules::apply(const shared::KubernetesExecutorFields &fields, KubernetesExecutor &executor,
                                    shared::FieldErrors &errors)
{
    if (fields.namespaceName) {
        executor.namespaceName = fields.namespaceName->trimmed();
        if (!kube::isDnsLabel(executor.namespaceName))
            errors.append(
                shared::invalidField(QStringLiteral("namespace"),
                                     QStringLiteral("must be a namespace name (lower-case letters, digits, -)")));
    }
    executor.serviceAccount = fields.serviceAccount.value_or(executor.serviceAccount).trimmed();
    if (!executor.serviceAccount.isEmpty() && !kube::isDnsSubdomain(executor.serviceAccount))
        errors.append(shared::invalidField(QStringLiteral("service_account"),
                                           QStringLiteral("must be a service account's name")));
    if (fields.nodeSelector) {
        executor.nodeSelector = *fields.nodeSelector;
        for (auto it = executor.nodeSelector.constBegin(); it != executor.nodeSelector.constEnd(); ++it) {
            if (!kube::isLabel(it.key(), it.value()))
                errors.append(
                    shared::invalidField(QStringLiteral("node_selector"),
                                         QStringLiteral("'%1: %2' is not a node label").arg(it.key(), it.value())));
        }
    }
    if (fields.tolerations)
        executor.tolerations = *fields.tolerations;
    for (const auto &[field, value, target] :
         {std::tuple{QStringLiteral("image"), fields.image, &executor.image},
          std::tuple{QStringLiteral("helper_image"), fields.helperImage, &executor.helperImage}}) {
        if (!value)
            continue;
        *target = value->trimmed();
        if (!kube::isImageReference(*target))
            errors.append(shared::invalidField(field, QStringLiteral("must be an image name, like debian:12-slim")));
    }
    for (const auto &[field, value, target] :
         {std::tuple{QStringLiteral("cpu_request"), fields.cpuRequest, &executor.cpuRequest},
          std::tuple{QStringLiteral("cpu_limit"), fields.cpuLimit, &executor.cpuLimit},
          std::tuple{QStringLiteral("memory_request"), fields.memoryRequest, &executor.memoryRequest},
          std::tuple{QStringLiteral("memory_limit"), fields.memoryLimit, &executor.memoryLimit},
          std::tuple{QStringLiteral("max_cpu"), fields.maxCpu, &executor.maxCpu},
          std::tuple{QStringLiteral("max_memory"), fields.maxMemory, &executor.maxMemory}}) {
        if (!value)
            continue;
        *target = value->trimmed();
        if (!target->isEmpty() && !kube::Quantity::parse(*target))
            errors.append(shared::invalidField(
                field, QStringLiteral("must be a Kubernetes quantity, like 500m, 2, 256Mi or 1Gi")));
    }
}

} // namespace adp::server::kubernetes
