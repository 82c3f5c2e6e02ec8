#pragma once

#include "DeploymentApprovalService.h"
#include "EnvironmentRuleService.h"
#include "EnvironmentService.h"
#include "http/Router.h"

namespace adp::server::deployments {

// /api/v1/projects/{project}/environments, /deployments (with approvals) and /environment-rules.
class EnvironmentsController
{
public:
    EnvironmentsController(EnvironmentService &environments, EnvironmentRuleService &rules,
                           DeploymentApprovalService &approvals)
        : m_environments(environments)
        , m_rules(rules)
        , m_approvals(approvals)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerRuleRoutes(http::Router &router);
    void registerApprovalRoutes(http::Router &router);

    EnvironmentService &m_environments;
    EnvironmentRuleService &m_rules;
    DeploymentApprovalService &m_approvals;
};

} // namespace adp::server::deployments
