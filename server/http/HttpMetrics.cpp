#include "HttpMetrics.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>
#include <unistd.h>
#include <unordered_map>

namespace adp::server::http {

namespace {
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}
} // namespace

HttpMetrics::HttpMetrics()
    : m_registry(std::make_shared<prometheus::Registry>())
{
    m_requests = &prometheus::BuildCounter()
                      .Name("adp_http_requests_total")
                      .Help("HTTP requests answered, by method, route pattern and status")
                      .Register(*m_registry);
    m_duration = &prometheus::BuildHistogram()
                      .Name("adp_http_request_duration_seconds")
                      .Help("Time from a parsed request to its written response, by method and route pattern")
                      .Register(*m_registry);
    m_residentMemory = &prometheus::BuildGauge()
                            .Name("process_resident_memory_bytes")
                            .Help("Resident memory size in bytes")
                            .Register(*m_registry)
                            .Add({});
    m_startTime = &prometheus::BuildGauge()
                       .Name("process_start_time_seconds")
                       .Help("Start time of the process since the Unix epoch in seconds")
                       .Register(*m_registry)
                       .Add({});
    m_startTime->Set(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
}

HttpMetrics::~HttpMetrics() = default;

void HttpMetrics::observe(const QString &method, const QString &route, int status, double seconds)
{
    // Family::Add hashes the labels under a lock shared by all HTTP threads;
    // each thread remembers the series it has used, keyed without allocating.
    struct Series
    {
        prometheus::Counter *requests;
        prometheus::Histogram *duration;
    };
    struct Key
    {
        const void *method;
        const void *route;
        int status;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &key) const { return qHashMulti(0, key.method, key.route, key.status); }
    };
    thread_local std::unordered_map<Key, Series, KeyHash> cache;
    thread_local const HttpMetrics *cacheOwner = nullptr;
    if (cacheOwner != this) {
        cache.clear();
        cacheOwner = this;
    }
    // The strings come from the router's route table and are stable for the
    // server's life; their data pointers identify them.
    const Key key{method.constData(), route.constData(), status};
    auto it = cache.find(key);
    if (it == cache.end()) {
        const std::string methodLabel = method.toStdString();
        const std::string routeLabel = route.toStdString();
        static const prometheus::Histogram::BucketBoundaries buckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                                     0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
        it = cache
                 .emplace(key, Series{&m_requests->Add({{"method", methodLabel},
                                                        {"route", routeLabel},
                                                        {"status", std::to_string(status)}}),
                                      &m_duration->Add({{"method", methodLabel}, {"route", routeLabel}}, buckets)})
                 .first;
    }
    it->second.requests->Increment();
    it->second.duration->Observe(seconds);
}

QByteArray HttpMetrics::render()
{
    m_residentMemory->Set(double(residentBytes()));
    const std::string text = prometheus::TextSerializer().Serialize(m_registry->Collect());
    return QByteArray::fromStdString(text);
}

} // namespace adp::server::http
