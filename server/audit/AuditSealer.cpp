#include "AuditSealer.h"

#include "AuditRecorder.h"
#include "AuditRepository.h"
#include "AuditStore.h"
#include "storage/StorageError.h"

#include <spdlog/spdlog.h>

namespace adp::server::audit {

AuditSealer::Batch AuditSealer::sealBatch(qint64 afterId)
{
    // Nothing to do is the usual answer: find out without a write lock.
    if (AuditRepository::unsealed(storage::executorOf(m_database), afterId, 1).isEmpty())
        return {};

    storage::Transaction tx(m_database);
    AuditStore::Head head = AuditStore::lockHead(tx);

    // Read after taking the head: what another sealer sealed meanwhile is not read again.
    const QList<StoredAuditEvent> unsealed = AuditRepository::unsealed(storage::executorOf(tx), afterId, kBatch);
    Batch batch{0, int(unsealed.size()), afterId};
    QList<StoredAuditEvent> sealed;
    sealed.reserve(unsealed.size());
    for (StoredAuditEvent event : unsealed) {
        batch.lastId = event.id;
        if (!m_chain.entryMacMatches(event.entryMac.toLatin1(), event.unsealedCanonical())) {
            // Not written by ADP, or edited since: it stays out of the chain, and the verifier names it.
            std::lock_guard guard(m_mutex);
            if (m_refused.insert(event.id).second)
                spdlog::error("audit: unsealed event id {} does not match its entry MAC; it is left out of the chain",
                              event.id);
            continue;
        }
        event.seq = ++head.lastSeq;
        event.prevHash = head.lastHash;
        event.hash = m_chain.eventHash(head.lastHash, event);
        head.lastHash = event.hash;
        sealed.append(std::move(event));
    }
    if (sealed.isEmpty())
        return batch;
    AuditStore::seal(tx, sealed, head, m_chain.headMac(head.lastSeq, head.lastHash));
    if (m_events) {
        tx.onCommit([events = m_events, sealed]() {
            try {
                for (const StoredAuditEvent &event : sealed)
                    events->publish(QString::fromLatin1(AuditRecorder::kTopic), QStringLiteral("audit.recorded"),
                                    event.toApi().toJson());
            } catch (const std::exception &error) {
                // The live view misses them; the trail itself is committed and sealed.
                spdlog::warn("audit: sealed events not published: {}", error.what());
            }
        });
    }
    tx.commit();
    batch.sealed = int(sealed.size());
    return batch;
}

qint64 AuditSealer::sealPending()
{
    qint64 total = 0;
    Batch batch;
    do {
        batch = sealBatch(batch.lastId);
        total += batch.sealed;
    } while (batch.read == kBatch);
    return total;
}

void AuditSealer::wake()
{
    {
        std::lock_guard guard(m_mutex);
        m_woken = true;
    }
    m_changed.notify_one();
}

void AuditSealer::start()
{
    std::lock_guard guard(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_woken = true; // whatever a crash left unsealed
    m_thread = std::thread([this]() { run(); });
}

void AuditSealer::stop()
{
    {
        std::lock_guard guard(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    try {
        sealPending();
    } catch (const std::exception &error) {
        spdlog::warn("audit: events left unsealed at stop ({}); the next start seals them", error.what());
    }
}

void AuditSealer::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_changed.wait_for(lock, std::chrono::milliseconds(kSweepMs), [this]() { return m_woken || m_stopping; });
        if (m_stopping)
            return;
        const bool woken = std::exchange(m_woken, false);
        lock.unlock();
        if (woken)
            std::this_thread::sleep_for(std::chrono::milliseconds(kGatherMs));
        try {
            sealPending();
        } catch (const std::exception &error) {
            // The database is away: the events are committed and wait; the next sweep seals them.
            spdlog::warn("audit: sealing failed, retrying in {} ms: {}", kSweepMs, error.what());
        }
        lock.lock();
    }
}

} // namespace adp::server::audit
