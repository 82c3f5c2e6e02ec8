#pragma once

#include "http/HttpMetrics.h"
#include "http/Router.h"

#include <atomic>
#include <functional>

namespace adp::server::health {

// /healthz (the process answers), /readyz (database and Redis answer, not
// draining) and /metrics (Prometheus text format).
class HealthController
{
public:
    using Probe = std::function<bool()>;

    HealthController(Probe database, Probe redis, http::HttpMetrics &metrics)
        : m_database(std::move(database))
        , m_redis(std::move(redis))
        , m_metrics(metrics)
    {
    }
    void registerRoutes(http::Router &router);
    void setDraining() { m_draining = true; }

private:
    Probe m_database;
    Probe m_redis; // empty on the embedded server
    http::HttpMetrics &m_metrics;
    std::atomic<bool> m_draining{false};
};

} // namespace adp::server::health
