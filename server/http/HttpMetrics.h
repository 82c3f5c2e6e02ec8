#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace prometheus {
class Registry;
template <typename T> class Family;
class Counter;
class Histogram;
class Gauge;
} // namespace prometheus

namespace adp::server::http {

// Prometheus metrics of the HTTP layer (request counts and latency per route)
// plus process figures, rendered in the text exposition format.
class HttpMetrics
{
public:
    HttpMetrics();
    ~HttpMetrics();

    // `method` and `route` must live as long as the server (string literals or
    // the router's route table): they are cached by identity.
    void observe(const QString &method, const QString &route, int status, double seconds);
    QByteArray render();
    prometheus::Registry &registry() { return *m_registry; }

private:
    std::shared_ptr<prometheus::Registry> m_registry;
    prometheus::Family<prometheus::Counter> *m_requests;
    prometheus::Family<prometheus::Histogram> *m_duration;
    prometheus::Gauge *m_residentMemory;
    prometheus::Gauge *m_startTime;
};

} // namespace adp::server::http
