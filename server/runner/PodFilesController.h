#pragma once

#include "PodFileExchange.h"
#include "http/Router.h"

namespace adp::server::runner {

// What job pods call with their job's token (header Job-Token), not a session:
// GET /api/v1/jobs/{job}/pod/workspace and POST /api/v1/jobs/{job}/pod/result.
class PodFilesController
{
public:
    PodFilesController(PodFileExchange &exchange, qint64 maxResultBytes)
        : m_exchange(exchange)
        , m_maxResultBytes(maxResultBytes)
    {
    }
    void registerRoutes(http::Router &router);

private:
    PodFileExchange &m_exchange;
    qint64 m_maxResultBytes;
};

} // namespace adp::server::runner
