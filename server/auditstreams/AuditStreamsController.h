#pragma once

#include "AuditStreams.h"
#include "http/Router.h"

namespace adp::server::auditstreams {

// /api/v1/audit/streams: list, create, read, change and delete audit streams.
class AuditStreamsController
{
public:
    explicit AuditStreamsController(AuditStreams &streams)
        : m_streams(streams)
    {
    }
    void registerRoutes(http::Router &router);

private:
    AuditStreams &m_streams;
};

} // namespace adp::server::auditstreams
