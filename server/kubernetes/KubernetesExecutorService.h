#pragma once

#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "shared/core/KubernetesExecutor.h"

namespace adp::server::kubernetes {

// Whether a project's jobs run as pods, and how: reporters read it; maintainers set it (one per
// project, on one of its clusters) and remove it (jobs then run on the workers again), audited.
class KubernetesExecutorService
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit KubernetesExecutorService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::KubernetesExecutor> get(const MutationContext &context, const QString &projectKey);
    Outcome<shared::KubernetesExecutor> put(const MutationContext &context, const QString &projectKey,
                                            const shared::KubernetesExecutorFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey);

private:
    Dependencies m;
};

} // namespace adp::server::kubernetes
