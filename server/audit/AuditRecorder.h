#pragma once

#include "AuditChain.h"
#include "AuditSealer.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "shared/core/AuditEvent.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <optional>

namespace adp::server::audit {

// One change or security event, as a service reports it.
struct AuditEntry
{
    QString action;     // e.g. project.created
    QString targetType; // e.g. project
    QString targetId;
    QJsonObject before; // summaries only, never a secret
    QJsonObject after;
    // Where the target belongs, when the caller has just written it (a new project): spares
    // the read that finds it otherwise.
    std::optional<shared::AuditScope> knownScope = std::nullopt;
};

// The single place every mutation reports to. It writes inside the caller's
// transaction, so no change is ever stored without its audit event. The event
// goes in unsealed, carrying its entry MAC, and takes no lock: concurrent
// mutations commit side by side (and share WAL flushes); once committed, the
// sealer links it into the hash chain and publishes it.
class AuditRecorder
{
public:
    static constexpr const char *kTopic = "audit";

    // `sealer` (optional) is woken when an event commits; without one, events wait for a sweep.
    AuditRecorder(const Clock &clock, const AuditChain &chain, AuditSealer *sealer = nullptr)
        : m_clock(clock)
        , m_chain(chain)
        , m_sealer(sealer)
    {
    }

    void record(storage::Transaction &tx, const MutationContext &context, const AuditEntry &entry) const;
    const AuditChain &chain() const { return m_chain; }

private:
    const Clock &m_clock;
    const AuditChain &m_chain;
    AuditSealer *m_sealer;
};

} // namespace adp::server::audit
