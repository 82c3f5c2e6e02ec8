#pragma once

#include "ports/AuditTrail.h"
#include "shared/core/ComplianceReport.h"

namespace adp::server::compliance {

// Ties a finding to the audit events that show it: the filter that finds them all, how many
// it finds and the newest few.
class EventLinks
{
public:
    explicit EventLinks(ports::AuditTrail &trail)
        : m_trail(trail)
    {
    }

    void link(shared::ComplianceFinding &finding, const shared::AuditQuery &filter);
    static shared::AuditQuery target(const QString &type, qint64 id, const QString &action = {});
    // The sealed events that pass `filter`, oldest first: seq, time (ms), actor id, target id, ip.
    struct Event
    {
        qint64 seq = 0;
        qint64 atMs = 0;
        qint64 actorId = 0;
        QString action;
        QString targetId;
        QString ip;
        QByteArray after; // the after JSON's text
    };
    void forEach(const shared::AuditQuery &filter, const std::function<void(const Event &)> &visit);

private:
    ports::AuditTrail &m_trail;
};

} // namespace adp::server::compliance
