#pragma once

#include "Plumbing.h"
#include "costs/CostAnalysis.h"
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
        , ledger(p.database)
        , analysis(ledger, authorizer, p.clock)
        , exporter(ledger, authorizer)
        , controller(imports, rules, analysis, exporter)
    {
    }
    void registerRoutes(http::Router &router) { controller.registerRoutes(router); }

    costs::CostImportRepository importRepository;
    costs::CostImports imports;
    costs::CostRuleRepository ruleRepository;
    costs::CostRules rules;
    costs::CostLedger ledger;
    costs::CostAnalysis analysis;
    costs::CostExporter exporter;
    costs::CostsController controller;
};

} // namespace adp::server
