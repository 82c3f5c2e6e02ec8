#pragma once

#include "InvitationRepository.h"
#include "OrganisationService.h"

namespace adp::server::orgs {

// Invitations to an organisation: its admins invite an email address with a
// role (only owners invite owners) and get a one-time code to pass on; whoever
// signs in and presents the code joins with that role. Signing in through a
// provider that vouches for the invited address accepts it without a code.
class InvitationService
{
public:
    static constexpr const char *kCodePrefix = "adpinv_";

    struct Dependencies
    {
        storage::Database &database;
        OrganisationService &organisations;
        OrganisationRepository &organisationRepository;
        InvitationRepository &invitations;
        const access::Authorizer &authorizer;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit InvitationService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    struct Created
    {
        shared::Invitation invitation;
        QString code; // shown once
    };
    Outcome<QList<shared::Invitation>> list(const MutationContext &context, const QString &organisationKey);
    Outcome<Created> create(const MutationContext &context, const QString &organisationKey,
                            const shared::InvitationRequest &request);
    Outcome<Unit> revoke(const MutationContext &context, const QString &organisationKey, qint64 id);
    // Joins the caller to the invitation's organisation; answers the organisation.
    Outcome<shared::Organisation> accept(const MutationContext &context, const QString &code);
    // Accepts every pending invitation to `verifiedEmail` for the caller.
    void acceptForVerifiedEmail(const MutationContext &context, const QString &verifiedEmail);

private:
    // Adds the caller with the invited role (never lowering a role they hold)
    // and uses the invitation up; false when it was used up meanwhile.
    bool join(const MutationContext &context, const InvitationRepository::Stored &stored, const QString &how);

    Dependencies m;
};

} // namespace adp::server::orgs
