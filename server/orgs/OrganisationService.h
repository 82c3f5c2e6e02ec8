#pragma once

#include "OrganisationRepository.h"
#include "TeamRepository.h"
#include "access/Authorizer.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "events/Event.h"
#include "ports/ProjectDirectory.h"
#include "ports/UserDirectory.h"

namespace adp::server::orgs {

// Organisations and their members. Anyone signed in may found one and
// becomes its owner; admins manage members, only owners make or remove
// owners, and the last owner cannot leave.
class OrganisationService
{
public:
    static constexpr const char *kTopic = "organisations";

    struct Dependencies
    {
        storage::Database &database;
        OrganisationRepository &organisations;
        TeamRepository &teams;
        ports::UserDirectory &users;
        ports::ProjectDirectory &projects;
        const access::Authorizer &authorizer;
        const audit::AuditRecorder &audit;
        events::EventPublisher &events;
        const Clock &clock;
    };
    explicit OrganisationService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    QList<shared::Organisation> list(const Actor &actor);
    Outcome<shared::Organisation> get(const MutationContext &context, const QString &key);
    Outcome<shared::Organisation> create(const MutationContext &context, const shared::GroupFields &fields);
    Outcome<shared::Organisation> update(const MutationContext &context, const QString &key,
                                         const shared::GroupFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &key);

    Outcome<QList<shared::Member>> members(const MutationContext &context, const QString &key);
    Outcome<shared::Member> setMember(const MutationContext &context, const QString &key, const QString &username,
                                      const std::optional<QString> &role);
    Outcome<Unit> removeMember(const MutationContext &context, const QString &key, const QString &username);

    // Finds the organisation and checks `action` on it for the caller.
    Outcome<std::pair<shared::Organisation, access::OrganisationAccess>>
    authorize(const MutationContext &context, const QString &key, const QString &action);
    // Tells the organisation's members (and administrators) that something changed.
    void publish(qint64 organisationId, const QString &type, const QJsonObject &data);

private:
    static ServiceError slugTaken();
    Dependencies m;
};

} // namespace adp::server::orgs
