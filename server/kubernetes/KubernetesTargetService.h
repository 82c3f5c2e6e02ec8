#pragma once

#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "shared/core/KubernetesTarget.h"

namespace adp::server::kubernetes {

// Which environments deploy to Kubernetes, and how their rollouts went: reporters read both;
// maintainers set (one per environment name, before or after its first deploy) and remove
// targets, audited.
class KubernetesTargetService
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit KubernetesTargetService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::KubernetesTarget>> list(const MutationContext &context, const QString &projectKey);
    Outcome<shared::KubernetesTarget> put(const MutationContext &context, const QString &projectKey,
                                          const shared::KubernetesTargetFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey, qint64 id);
    Outcome<QList<shared::KubernetesRollout>> rollouts(const MutationContext &context, const QString &projectKey,
                                                       const QString &environment, int limit);

private:
    Dependencies m;
};

} // namespace adp::server::kubernetes
