#include "ProjectsModule.h"

namespace adp::server {

ProjectsModule::ProjectsModule(storage::Database &database, auth::UserRepository &users,
                               ports::ProjectTokenIssuer &apiTokens, const audit::AuditRecorder &audit,
                               events::EventPublisher &publisher, const Clock &clock)
    : authorizer(database, audit)
    , membershipCache(clock)
    , events(publisher, membershipCache)
    , organisationRepository(database)
    , teamRepository(database)
    , invitationRepository(database)
    , projectRepository(database, clock)
    , memberRepository(database)
    , projectGuard(projectRepository, authorizer)
    , organisations({database, organisationRepository, teamRepository, users, projectRepository, authorizer, audit,
                     events, clock})
    , teams({database, organisations, organisationRepository, teamRepository, users, audit, clock})
    , invitations({database, organisations, organisationRepository, invitationRepository, authorizer, audit, clock})
    , projects({database, projectRepository, memberRepository, authorizer, projectGuard, membershipCache, audit, events,
                clock})
    , members({database, projectGuard, projects, memberRepository, users, teamRepository, audit, clock})
    , projectTokens(projectGuard, apiTokens)
    , usersController(users)
    , organisationsController(organisations, teams)
    , invitationsController(invitations)
    , projectsController(projects)
    , membersController(members)
    , tokensController(projectTokens)
{
}

void ProjectsModule::followChangesOn(events::EventHub &hub)
{
    hub.observe([this](const events::Event &event) {
        if (event.topic == u"projects" || event.topic == u"organisations")
            projectRepository.forgetListed();
        if (access::InvalidatingPublisher::changesMemberships(event.topic, event.type))
            membershipCache.invalidate();
    });
}

void ProjectsModule::registerRoutes(http::Router &router)
{
    usersController.registerRoutes(router);
    organisationsController.registerRoutes(router);
    invitationsController.registerRoutes(router);
    projectsController.registerRoutes(router);
    membersController.registerRoutes(router);
    tokensController.registerRoutes(router);
}

} // namespace adp::server
