#include "KubernetesExecutorRules.h"

#include "kube/KubeNames.h"
#include "kube/Quantity.h"

#include <QRegularExpression>

namespace adp::server::kubernetes {

using shared::KubernetesExecutor;

namespace {

void invalid(shared::FieldErrors &errors, const QString &field, const QString &message)
{
    errors.append({field, QString::fromLatin1(shared::fieldcodes::InvalidValue), message});
}

bool isImage(const QString &image)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$"));
    return shape.match(image).hasMatch();
}

// A label key (an optional DNS subdomain prefix and a name of at most 63) and value.
bool isLabel(const QString &key, const QString &value)
{
    static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"));
    const QString prefix = key.contains(u'/') ? key.section(u'/', 0, 0) : QString();
    const QString local = key.section(u'/', -1);
    return !local.isEmpty() && name.match(local).hasMatch() && name.match(value).hasMatch() &&
           (prefix.isEmpty() || kube::isDnsSubdomain(prefix)) && key.count(u'/') <= 1;
}

} // namespace

void KubernetesExecutorRules::apply(const shared::KubernetesExecutorFields &fields, KubernetesExecutor &executor,
                                    shared::FieldErrors &errors)
{
    if (fields.namespaceName) {
        executor.namespaceName = fields.namespaceName->trimmed();
        if (!kube::isDnsLabel(executor.namespaceName))
            invalid(errors, QStringLiteral("namespace"),
                    QStringLiteral("must be a namespace name (lower-case letters, digits, -)"));
    }
    executor.serviceAccount = fields.serviceAccount.value_or(executor.serviceAccount).trimmed();
    if (!executor.serviceAccount.isEmpty() && !kube::isDnsSubdomain(executor.serviceAccount))
        invalid(errors, QStringLiteral("service_account"), QStringLiteral("must be a service account's name"));
    if (fields.nodeSelector) {
        executor.nodeSelector = *fields.nodeSelector;
        for (auto it = executor.nodeSelector.constBegin(); it != executor.nodeSelector.constEnd(); ++it) {
            if (!isLabel(it.key(), it.value()))
                invalid(errors, QStringLiteral("node_selector"),
                        QStringLiteral("'%1: %2' is not a node label").arg(it.key(), it.value()));
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
        if (!isImage(*target))
            invalid(errors, field, QStringLiteral("must be an image name, like debian:12-slim"));
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
            invalid(errors, field, QStringLiteral("must be a Kubernetes quantity, like 500m, 2, 256Mi or 1Gi"));
    }
}

} // namespace adp::server::kubernetes
