#pragma once

#include "Plumbing.h"
#include "costs/CostImports.h"
#include "costs/CostRules.h"
#include "costs/CostsController.h"

namespace adp::server {

// What things cost: cloud bills imported from FOCUS exports, attributed by rules.
struct CostsModule
{
    CostsModule(const Plumbing &p, const access::Authorizer &authorizer)
        : importRepository(p.database)
        , imports({p.database, importRepository, authorizer, p.audit, p.clock})
        , ruleRepository(p.database)
        , rules({p.database, ruleRepository, authorizer, p.audit, p.clock})
        , controller(imports, rules)
    {
    }
    void registerRoutes(http::Router &router) { controller.registerRoutes(router); }

    costs::CostImportRepository importRepository;
    costs::CostImports imports;
    costs::CostRuleRepository ruleRepository;
    costs::CostRules rules;
    costs::CostsController controller;
};

} // namespace adp::server
