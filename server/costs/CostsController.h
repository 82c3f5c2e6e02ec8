#pragma once

#include "CostImports.h"
#include "CostRules.h"
#include "http/Router.h"

namespace adp::server::costs {

// /api/v1/organisations/{organisation}/costs/imports[/{cost_import}]: FOCUS bills uploaded as
// the request's body (text/csv), listed and deleted; .../costs/rules[/{cost_rule}]: how their
// costs are attributed.
class CostsController
{
public:
    // A bill larger than this goes through `adp-server costs import-focus FILE`, read from disk.
    static constexpr qint64 kMaxUpload = 256LL * 1024 * 1024;

    CostsController(CostImports &imports, CostRules &rules)
        : m_imports(imports)
        , m_rules(rules)
    {
    }
    void registerRoutes(http::Router &router);

private:
    void registerRuleRoutes(http::Router &router);

    CostImports &m_imports;
    CostRules &m_rules;
};

} // namespace adp::server::costs
