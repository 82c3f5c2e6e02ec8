#pragma once

#include "ClusterRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "shared/core/ClusterConnection.h"

namespace adp::server::kubernetes {

// A project's Kubernetes clusters: reporters see them (never a credential), maintainers add them
// from a kubeconfig (read, checked and stored sealed) and remove them; both audited.
class ClusterService
{
public:
    static constexpr int kMaxClusters = 20;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        const crypto::SecretBox &secrets;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit ClusterService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::Cluster>> list(const MutationContext &context, const QString &projectKey);
    Outcome<shared::Cluster> create(const MutationContext &context, const QString &projectKey,
                                    const shared::ClusterFields &fields);
    // Tests a stored cluster's connection and keeps the outcome; a draft's without storing anything.
    Outcome<shared::ClusterConnection> test(const MutationContext &context, const QString &projectKey, qint64 id);
    Outcome<shared::ClusterConnection> testDraft(const MutationContext &context, const QString &projectKey,
                                                 const shared::ClusterFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey, qint64 id);

private:
    Dependencies m;
};

} // namespace adp::server::kubernetes
