#pragma once

#include "ClusterCosts.h"
#include "CostAnalysis.h"
#include "CostBudgets.h"
#include "CostDrillDown.h"
#include "CostExporter.h"
#include "CostImports.h"
#include "CostPrices.h"
#include "CostRules.h"
#include "DeploymentCosts.h"
#include "SavingsAdvice.h"
#include "http/Router.h"

namespace adp::server::costs {

// /api/v1/organisations/{organisation}/costs/imports[/{cost_import}]: FOCUS bills uploaded as
// the request's body (text/csv), listed and deleted; .../costs/rules[/{cost_rule}]: how their
// costs are attributed; .../costs/prices[/{cost_price}]: the price list for ADP's own usage;
// .../costs/budgets[/{cost_budget}]: budgets and where they stand; .../costs/breakdown, .../costs/summary,
// .../costs/forecast and .../costs/export: what it all comes to; .../costs/savings: how to spend less;
// .../costs/allocation: what connected clusters' workloads cost (OpenCost's model and names);
// .../costs/lines: what a group of the breakdown is made of;
// /api/v1/projects/{project}/deployments/{deployment}/cost-delta: what a deployment changed.
class CostsController
{
public:
    CostsController(CostImports &imports, CostRules &rules, CostPrices &prices, CostBudgets &budgets,
                    CostAnalysis &analysis, CostExporter &exporter, SavingsAdvice &savings,
                    DeploymentCosts &deploymentCosts, ClusterCosts &clusters, CostDrillDown &drillDown)
        : m_imports(imports)
        , m_rules(rules)
        , m_prices(prices)
        , m_budgets(budgets)
        , m_analysis(analysis)
        , m_exporter(exporter)
        , m_savings(savings)
        , m_deploymentCosts(deploymentCosts)
        , m_clusters(clusters)
        , m_drillDown(drillDown)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerRuleRoutes(http::Router &router);
    void registerAnalysisRoutes(http::Router &router);
    void registerPriceRoutes(http::Router &router);
    void registerBudgetRoutes(http::Router &router);

    CostImports &m_imports;
    CostRules &m_rules;
    CostPrices &m_prices;
    CostBudgets &m_budgets;
    CostAnalysis &m_analysis;
    CostExporter &m_exporter;
    SavingsAdvice &m_savings;
    DeploymentCosts &m_deploymentCosts;
    ClusterCosts &m_clusters;
    CostDrillDown &m_drillDown;
};

} // namespace adp::server::costs
