#pragma once

#include "Plumbing.h"
#include "auditstreams/AuditStreamSender.h"
#include "auditstreams/AuditStreamsController.h"

#include <memory>

namespace adp::server {

// Audit streams: the receivers administrators and auditors keep, their routes, and the thread
// that sends each the trail's new events.
struct AuditStreamsModule
{
    AuditStreamsModule(const Plumbing &plumbing, ports::AuditTrail &trail);
    void registerRoutes(http::Router &router);
    void startSending();
    void stop(); // after the event in hand; claimed streams are taken up again later

    auditstreams::AuditStreamRepository repository;
    auditstreams::AuditStreams streams;
    auditstreams::AuditStreamsController controller;

private:
    const Plumbing &m_plumbing;
    ports::AuditTrail &m_trail;
    std::unique_ptr<auditstreams::AuditStreamSender> m_sender;
};

} // namespace adp::server
