#pragma once

#include "Plumbing.h"
#include "costs/BudgetWatcher.h"
#include "costs/CostAnalysis.h"
#include "costs/CostImports.h"
#include "costs/CostPrices.h"
#include "costs/CostRules.h"
#include "costs/CostsController.h"
#include "costs/DeploymentCosts.h"
#include "costs/SavingsAdvice.h"
#include "costs/UsageRollup.h"

namespace adp::server {

// What things cost: cloud bills imported from FOCUS exports, attributed by rules, and ADP's own
// usage (jobs' run time, what they keep) priced by the organisation's price list, and budgets
// that alert through notification rules.
struct CostsModule
{
    CostsModule(const Plumbing &p, const access::Authorizer &authorizer, ports::RuleChannels &channels,
                ports::ProjectDirectory &projects, ports::JobHistory &jobs, const access::ProjectGuard &guard,
                ports::DeploymentHistory &deployments)
        : importRepository(p.database)
        , imports({p.database, importRepository, authorizer, p.audit, p.clock})
        , ruleRepository(p.database)
        , rules({p.database, ruleRepository, authorizer, p.audit, p.clock})
        , priceRepository(p.database)
        , prices({p.database, priceRepository, authorizer, p.audit, p.clock})
        , usageRollup(p.database, p.clock)
        , ledger(p.database)
        , analysis(ledger, authorizer, p.clock)
        , exporter(ledger, authorizer)
        , budgetRepository(p.database)
        , budgets({p.database, budgetRepository, ruleRepository, analysis, channels, authorizer, p.audit, p.clock})
        , budgetWatcher({p.database, budgetRepository, budgets, channels, p.publisher, p.audit, p.clock})
        , savingsFacts(p.database)
        , clusters({p.database, ledger, authorizer, p.clock})
        , savings({p.database, ledger, savingsFacts, clusters, projects, jobs, authorizer, p.clock})
        , deploymentCosts({guard, deployments, ledger, p.clock})
        , drillDown({p.database, ledger, authorizer})
        , controller(imports, rules, prices, budgets, analysis, exporter, savings, deploymentCosts, clusters, drillDown)
    {
    }
    void registerRoutes(http::Router &router) { controller.registerRoutes(router); }

    costs::CostImportRepository importRepository;
    costs::CostImports imports;
    costs::CostRuleRepository ruleRepository;
    costs::CostRules rules;
    costs::CostPriceRepository priceRepository;
    costs::CostPrices prices;
    costs::UsageRollup usageRollup; // a chore for the scheduler's leader
    costs::CostLedger ledger;
    costs::CostAnalysis analysis;
    costs::CostExporter exporter;
    costs::CostBudgetRepository budgetRepository;
    costs::CostBudgets budgets;
    costs::BudgetWatcher budgetWatcher; // a chore for the scheduler's leader
    costs::SavingsFactsRepository savingsFacts;
    costs::ClusterCosts clusters; // what connected clusters' workloads cost
    costs::SavingsAdvice savings; // also the assistants' ports::ProjectSavings
    costs::DeploymentCosts deploymentCosts;
    costs::CostDrillDown drillDown; // what a group of the breakdown is made of
    costs::CostsController controller;
};

} // namespace adp::server
