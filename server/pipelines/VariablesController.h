#pragma once

#include "VariableService.h"
#include "http/Router.h"

namespace adp::server::pipelines {

// GET /api/v1/projects/{project}/variables, PUT and DELETE .../variables/{key}.
class VariablesController
{
public:
    explicit VariablesController(VariableService &variables)
        : m_variables(variables)
    {
    }
    void registerRoutes(http::Router &router);

private:
    VariableService &m_variables;
};

} // namespace adp::server::pipelines
