#pragma once

#include "EnvironmentRuleService.h"
#include "ProjectMemberService.h"
#include "http/Router.h"

namespace adp::server::projects {

// /api/v1/projects/{project}/members and /environment-rules.
class ProjectMembersController
{
public:
    ProjectMembersController(ProjectMemberService &members, EnvironmentRuleService &rules)
        : m_members(members)
        , m_rules(rules)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerMemberRoutes(http::Router &router, shared::Member::Kind kind);

    ProjectMemberService &m_members;
    EnvironmentRuleService &m_rules;
};

} // namespace adp::server::projects
