#pragma once

#include "shared/core/FieldError.h"
#include "shared/core/KubernetesExecutor.h"

namespace adp::server::kubernetes {

// What a Kubernetes executor's settings may be, wherever they are set (a project's, through the API;
// a worker pool's, from the server's configuration): a namespace and service account Kubernetes
// accepts as names, node labels, image names, quantities as Kubernetes writes them.
class KubernetesExecutorRules
{
public:
    // Sets in `executor` what `fields` gives; what is not acceptable goes to `errors`, by field.
    static void apply(const shared::KubernetesExecutorFields &fields, shared::KubernetesExecutor &executor,
                      shared::FieldErrors &errors);
};

} // namespace adp::server::kubernetes
