#pragma once

#include "OrganisationService.h"
#include "TeamService.h"
#include "http/Router.h"

namespace adp::server::orgs {

// /api/v1/organisations: organisations, their members, their teams and the
// teams' members.
class OrganisationsController
{
public:
    OrganisationsController(OrganisationService &organisations, TeamService &teams)
        : m_organisations(organisations)
        , m_teams(teams)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerTeamRoutes(http::Router &router);

    OrganisationService &m_organisations;
    TeamService &m_teams;
};

} // namespace adp::server::orgs
