#pragma once

#include "AuditChain.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "events/Event.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace adp::server::audit {

// One change or security event, as a service reports it.
struct AuditEntry
{
    QString action;     // e.g. project.created
    QString targetType; // e.g. project
    QString targetId;
    QJsonObject before; // summaries only, never a secret
    QJsonObject after;
};

// The single place every mutation reports to. It writes inside the caller's
// transaction, so no change is ever stored without its audit event, and it
// extends the hash chain: the chain head row is locked first, which puts
// concurrent writers (and replicas) in one order.
class AuditRecorder
{
public:
    static constexpr const char *kTopic = "audit";

    // `events` (optional) receives each event once its transaction commits.
    AuditRecorder(const Clock &clock, AuditChain chain, events::EventPublisher *events = nullptr)
        : m_clock(clock)
        , m_chain(std::move(chain))
        , m_events(events)
    {
    }

    void record(storage::Transaction &tx, const MutationContext &context, const AuditEntry &entry) const;
    const AuditChain &chain() const { return m_chain; }

private:
    const Clock &m_clock;
    AuditChain m_chain;
    events::EventPublisher *m_events;
};

} // namespace adp::server::audit
