#pragma once

#include "AuditChain.h"
#include "AuditRepository.h"
#include "shared/core/AuditEvent.h"

namespace adp::server::audit {

// Recomputes the chain from the first event to the head and reports every
// place it breaks: an event whose fields no longer match its hash (edited),
// a gap in the sequence (removed), an event that does not link to its
// predecessor (inserted), or a head that points past the last event
// (the newest events removed). Events not sealed yet are counted, and any whose
// entry MAC does not match is reported as forged. Once retention archived the oldest events,
// the chain starts at the anchor (the last archived event's seq and hash, under its own MAC).
class AuditVerifier
{
public:
    AuditVerifier(AuditRepository &repository, const AuditChain &chain)
        : m_repository(repository)
        , m_chain(chain)
    {
    }

    shared::AuditVerification verify();

private:
    static constexpr int kBatch = 5000;
    // One event as verification sees it.
    struct Link
    {
        qint64 seq = 0;
        QByteArray prevHash;
        QByteArray hash;
        bool sealed = false; // its own hash still matches its fields
    };
    // Every event from `firstSeq` on, in seq order.
    void forEachChecked(qint64 firstSeq, const std::function<void(const Link &)> &visit);
    void checkUnsealed(shared::AuditVerification &result);

    AuditRepository &m_repository;
    const AuditChain &m_chain;
};

} // namespace adp::server::audit
