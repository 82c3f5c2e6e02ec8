#pragma once

#include "CostAnalysis.h"
#include "CostExporter.h"
#include "CostImports.h"
#include "CostRules.h"
#include "http/Router.h"

namespace adp::server::costs {

// /api/v1/organisations/{organisation}/costs/imports[/{cost_import}]: FOCUS bills uploaded as
// the request's body (text/csv), listed and deleted; .../costs/rules[/{cost_rule}]: how their
// costs are attributed; .../costs/breakdown, .../costs/summary and .../costs/export: what they
// come to.
class CostsController
{
public:
    CostsController(CostImports &imports, CostRules &rules, CostAnalysis &analysis, CostExporter &exporter)
        : m_imports(imports)
        , m_rules(rules)
        , m_analysis(analysis)
        , m_exporter(exporter)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerRuleRoutes(http::Router &router);
    void registerAnalysisRoutes(http::Router &router);

    CostImports &m_imports;
    CostRules &m_rules;
    CostAnalysis &m_analysis;
    CostExporter &m_exporter;
};

} // namespace adp::server::costs
