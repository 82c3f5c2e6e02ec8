#pragma once

#include "Plumbing.h"
#include "costs/CostImports.h"
#include "costs/CostsController.h"

namespace adp::server {

// What things cost: cloud bills imported from FOCUS exports.
struct CostsModule
{
    CostsModule(const Plumbing &p, const access::Authorizer &authorizer)
        : importRepository(p.database)
        , imports({p.database, importRepository, authorizer, p.audit, p.clock})
        , controller(imports)
    {
    }
    void registerRoutes(http::Router &router) { controller.registerRoutes(router); }

    costs::CostImportRepository importRepository;
    costs::CostImports imports;
    costs::CostsController controller;
};

} // namespace adp::server
