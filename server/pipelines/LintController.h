#pragma once

#include "http/Router.h"

namespace adp::server::pipelines {

// POST /api/v1/lint: checks .gitlab-ci.yml text sent in the body and answers
// its errors or job graph (200 either way: an invalid file is a result, not a
// failed request). Files it includes are checked with the project's
// repository once pipelines read it.
class LintController
{
public:
    void registerRoutes(http::Router &router);
};

} // namespace adp::server::pipelines
