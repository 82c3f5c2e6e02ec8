#pragma once

#include "access/Authorizer.h"
#include "access/MembershipCache.h"
#include "auth/UsersController.h"
#include "events/EventHub.h"
#include "orgs/InvitationsController.h"
#include "orgs/OrganisationsController.h"
#include "projects/ProjectMemberService.h"
#include "projects/ProjectMembersController.h"
#include "projects/ProjectTokensController.h"
#include "projects/ProjectsController.h"

namespace adp::server {

// Projects and who may touch them: organisations, teams, project members,
// the resource half of authorisation, and their routes.
// Built once by ServerApp; members are declared in dependency order.
struct ProjectsModule
{
    ProjectsModule(storage::Database &database, auth::UserRepository &users, ports::ProjectTokenIssuer &apiTokens,
                   const audit::AuditRecorder &audit, events::EventPublisher &publisher, const Clock &clock);
    void registerRoutes(http::Router &router);
    // Another replica's project or organisation change reaches `hub` through Redis: lists and
    // memberships are read again at once instead of after their caches' second.
    void followChangesOn(events::EventHub &hub);

    access::Authorizer authorizer;
    access::MembershipCache membershipCache;
    access::InvalidatingPublisher events; // what the services below publish through
    orgs::OrganisationRepository organisationRepository;
    orgs::TeamRepository teamRepository;
    orgs::InvitationRepository invitationRepository;
    projects::ProjectRepository projectRepository;
    projects::ProjectMemberRepository memberRepository;
    access::ProjectGuard projectGuard;

    orgs::OrganisationService organisations;
    orgs::TeamService teams;
    orgs::InvitationService invitations;
    projects::ProjectService projects;
    projects::ProjectMemberService members;
    projects::ProjectTokenService projectTokens;

    auth::UsersController usersController;
    orgs::OrganisationsController organisationsController;
    orgs::InvitationsController invitationsController;
    projects::ProjectsController projectsController;
    projects::ProjectMembersController membersController;
    projects::ProjectTokensController tokensController;
};

} // namespace adp::server
