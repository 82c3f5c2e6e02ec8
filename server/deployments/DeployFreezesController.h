#pragma once

#include "DeployFreezeService.h"
#include "FreezeHolds.h"
#include "http/Router.h"

namespace adp::server::deployments {

// /api/v1/projects/{project}/freeze-windows, /environment-settings and
// POST /deployments/{iid}/override-freeze.
class DeployFreezesController
{
public:
    DeployFreezesController(DeployFreezeService &freezes, FreezeHolds &holds)
        : m_freezes(freezes)
        , m_holds(holds)
    {
    }
    void registerRoutes(http::Router &router);

private:
    DeployFreezeService &m_freezes;
    FreezeHolds &m_holds;
};

} // namespace adp::server::deployments
