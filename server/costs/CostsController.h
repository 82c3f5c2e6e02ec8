#pragma once

#include "CostImports.h"
#include "http/Router.h"

namespace adp::server::costs {

// /api/v1/organisations/{organisation}/costs/imports[/{cost_import}]: FOCUS bills uploaded as
// the request's body (text/csv), listed and deleted.
class CostsController
{
public:
    // A bill larger than this goes through `adp-server costs import-focus FILE`, read from disk.
    static constexpr qint64 kMaxUpload = 256LL * 1024 * 1024;

    explicit CostsController(CostImports &imports)
        : m_imports(imports)
    {
    }
    void registerRoutes(http::Router &router);

private:
    CostImports &m_imports;
};

} // namespace adp::server::costs
