#pragma once

#include "OrganisationService.h"
#include "TeamRepository.h"

namespace adp::server::orgs {

// Teams of an organisation and who is in them. Organisation admins manage
// them; members read them. Only members of the organisation may join.
class TeamService
{
public:
    struct Dependencies
    {
        storage::Database &database;
        OrganisationService &organisations;
        OrganisationRepository &organisationRepository;
        TeamRepository &teams;
        ports::UserDirectory &users;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit TeamService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::Team>> list(const MutationContext &context, const QString &organisation);
    Outcome<shared::Team> get(const MutationContext &context, const QString &organisation, const QString &team);
    Outcome<shared::Team> create(const MutationContext &context, const QString &organisation,
                                 const shared::GroupFields &fields);
    Outcome<shared::Team> update(const MutationContext &context, const QString &organisation, const QString &team,
                                 const shared::GroupFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &organisation, const QString &team);

    Outcome<QList<shared::Member>> members(const MutationContext &context, const QString &organisation,
                                           const QString &team);
    Outcome<shared::Member> addMember(const MutationContext &context, const QString &organisation, const QString &team,
                                      const QString &username);
    Outcome<Unit> removeMember(const MutationContext &context, const QString &organisation, const QString &team,
                               const QString &username);

private:
    // The organisation (checked for `action`) and the team in it.
    Outcome<std::pair<shared::Organisation, shared::Team>>
    find(const MutationContext &context, const QString &organisation, const QString &team, const QString &action);
    static ServiceError slugTaken();
    Dependencies m;
};

} // namespace adp::server::orgs
