#pragma once

#include "ProjectMemberService.h"
#include "http/Router.h"

namespace adp::server::projects {

// /api/v1/projects/{project}/members.
class ProjectMembersController
{
public:
    explicit ProjectMembersController(ProjectMemberService &members)
        : m_members(members)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerMemberRoutes(http::Router &router, shared::Member::Kind kind);

    ProjectMemberService &m_members;
};

} // namespace adp::server::projects
