#pragma once

#include "ports/PodExecutor.h"
#include "shared/core/KubernetesExecutor.h"

#include <QJsonObject>
#include <optional>

namespace adp::server::kubernetes {

// The objects that run one job as a pod (GitLab runner's Kubernetes executor, without exec):
//   a Secret with what no pod spec may show: the job's token, variables, file variables and
//     scripts, mounted read-only at /adp/job;
//   the pod: an init container (`fetch`, the helper image) that fetches the prepared workspace
//     from the server with the job's token into /builds; `build`, the job's image (its entrypoint
//     if it names one), running before_script and script, then after_script, in bash where the
//     image has it, else sh; `helper`, which waits for the script's end and sends back what
//     the job's artifacts and caches name; one container per service, reachable by its alias
//     (hostAliases: all containers of a pod share 127.0.0.1).
// The executor's resources apply to `build`; a job's KUBERNETES_CPU_REQUEST and the like change
// them up to the maxima.
class JobPodSpec
{
public:
    static constexpr const char *kJobLabel = "adp.dev/job";
    static constexpr const char *kManagedBy = "app.kubernetes.io/managed-by";

    struct Objects
    {
        QJsonObject secret;
        QJsonObject pod;
    };
    // The pod's objects, or why the job may not run so (a resource asked above the maxima).
    struct Made
    {
        std::optional<Objects> objects;
        QString refusal;
        // What the build container reserves: its request, or its limit when it names none (as
        // Kubernetes defaults it); 0 when neither is set.
        qint64 cpuMillicores = 0;
        qint64 memoryMiB = 0;
    };
    static Made make(const ports::PodJob &job, const shared::KubernetesExecutor &executor);

    static QString nameOf(const ports::PodJob &job);
    static QString imageOf(const ports::PodJob &job, const shared::KubernetesExecutor &executor);
};

} // namespace adp::server::kubernetes
