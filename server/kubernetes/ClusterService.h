#pragma once

#include "ClusterRepository.h"
#include "access/Authorizer.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "ports/OrganisationDirectory.h"
#include "shared/core/ClusterConnection.h"

namespace adp::server::kubernetes {

// Kubernetes clusters of a project, or of an organisation for all its projects: those who may see
// them see them (never a credential), maintainers (organisation admins) add them from a kubeconfig
// (read, checked and stored sealed), test and remove them; audited. A project's list has its
// organisation's clusters too, which its targets and executor may use but it cannot remove.
class ClusterService
{
public:
    static constexpr int kMaxClusters = 20;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        ports::OrganisationDirectory &organisations;
        const access::Authorizer &authorizer;
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
    // Tests a cluster's connection and keeps the outcome; a draft's without storing anything.
    Outcome<shared::ClusterConnection> test(const MutationContext &context, const QString &projectKey, qint64 id);
    Outcome<shared::ClusterConnection> testDraft(const MutationContext &context, const QString &projectKey,
                                                 const shared::ClusterFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey, qint64 id);

    // The same for an organisation's own clusters.
    Outcome<QList<shared::Cluster>> listOfOrganisation(const MutationContext &context, const QString &organisationKey);
    Outcome<shared::Cluster> createInOrganisation(const MutationContext &context, const QString &organisationKey,
                                                  const shared::ClusterFields &fields);
    Outcome<shared::ClusterConnection> testOfOrganisation(const MutationContext &context,
                                                          const QString &organisationKey, qint64 id);
    Outcome<shared::ClusterConnection> testDraftInOrganisation(const MutationContext &context,
                                                               const QString &organisationKey,
                                                               const shared::ClusterFields &fields);
    Outcome<Unit> removeFromOrganisation(const MutationContext &context, const QString &organisationKey, qint64 id);

private:
    Outcome<ClusterOwner> organisationOwner(const MutationContext &context, const QString &key, const QString &action);
    Outcome<shared::Cluster> add(const MutationContext &context, const ClusterOwner &owner,
                                 const shared::ClusterFields &fields);
    Outcome<shared::ClusterConnection> check(const shared::Cluster &cluster);
    Outcome<shared::ClusterConnection> checkDraft(const shared::ClusterFields &fields);
    Outcome<Unit> removeOwn(const MutationContext &context, const ClusterOwner &owner, qint64 id);

    Dependencies m;
};

} // namespace adp::server::kubernetes
