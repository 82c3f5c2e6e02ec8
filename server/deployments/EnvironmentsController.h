#pragma once

#include "EnvironmentRuleService.h"
#include "EnvironmentService.h"
#include "http/Router.h"

namespace adp::server::deployments {

// /api/v1/projects/{project}/environments, /deployments and /environment-rules.
class EnvironmentsController
{
public:
    EnvironmentsController(EnvironmentService &environments, EnvironmentRuleService &rules)
        : m_environments(environments)
        , m_rules(rules)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerRuleRoutes(http::Router &router);

    EnvironmentService &m_environments;
    EnvironmentRuleService &m_rules;
};

} // namespace adp::server::deployments
