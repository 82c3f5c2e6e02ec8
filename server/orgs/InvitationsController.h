#pragma once

#include "InvitationService.h"
#include "http/Router.h"

namespace adp::server::orgs {

// /api/v1/organisations/{organisation}/invitations and /api/v1/invitations/accept.
class InvitationsController
{
public:
    explicit InvitationsController(InvitationService &invitations)
        : m_invitations(invitations)
    {
    }
    void registerRoutes(http::Router &router);

private:
    InvitationService &m_invitations;
};

} // namespace adp::server::orgs
