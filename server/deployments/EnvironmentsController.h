#pragma once

#include "DeploymentApprovalService.h"
#include "DeploymentComparer.h"
#include "EnvironmentPins.h"
#include "EnvironmentRuleService.h"
#include "EnvironmentService.h"
#include "EnvironmentStopper.h"
#include "http/Router.h"

namespace adp::server::deployments {

// /api/v1/projects/{project}/environments, /deployments (with approvals, rollback and compare) and
// /environment-rules.
class EnvironmentsController
{
public:
    EnvironmentsController(EnvironmentService &environments, EnvironmentRuleService &rules,
                           DeploymentApprovalService &approvals, EnvironmentStopper &stopper, EnvironmentPins &pins,
                           DeploymentComparer &comparer)
        : m_environments(environments)
        , m_rules(rules)
        , m_approvals(approvals)
        , m_stopper(stopper)
        , m_pins(pins)
        , m_comparer(comparer)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerRuleRoutes(http::Router &router);
    void registerApprovalRoutes(http::Router &router);

    EnvironmentService &m_environments;
    EnvironmentRuleService &m_rules;
    DeploymentApprovalService &m_approvals;
    EnvironmentStopper &m_stopper;
    EnvironmentPins &m_pins;
    DeploymentComparer &m_comparer;
};

} // namespace adp::server::deployments
