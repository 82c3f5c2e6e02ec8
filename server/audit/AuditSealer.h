#pragma once

#include "AuditChain.h"
#include "events/Event.h"
#include "storage/Database.h"

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

namespace adp::server::audit {

// Links committed audit events into the hash chain. Mutations insert their
// event unsealed, in their own transaction and without touching the chain
// head, so their commits do not queue behind each other; the sealer then
// takes the head (locked, so replicas seal one at a time), checks each
// unsealed event's entry MAC, gives it the next seq and its chain hash, and
// moves the head, a batch per commit. Events are sealed in the order the
// sealer finds them committed. Sealing is idempotent: any process may run it.
class AuditSealer
{
public:
    AuditSealer(storage::Database &database, const AuditChain &chain, events::EventPublisher *events = nullptr)
        : m_database(database)
        , m_chain(chain)
        , m_events(events)
    {
    }
    ~AuditSealer() { stop(); }
    AuditSealer(const AuditSealer &) = delete;
    AuditSealer &operator=(const AuditSealer &) = delete;

    static constexpr int kBatch = 1000;
    // Events from other processes (a CLI command, another replica that died) are looked for this often.
    static constexpr int kSweepMs = 1000;
    // After a wake, commits arriving this shortly after join the same seal (one transaction for many).
    static constexpr int kGatherMs = 3;

    // Seals every event committed so far; returns how many. Throws StorageError.
    qint64 sealPending();
    // A mutation committed an event: seal soon, on the sealing thread.
    void wake();
    // The sealing thread: seals at start, on every wake and every kSweepMs.
    void start();
    // Stops the thread and seals what is left, so an orderly stop leaves nothing unsealed.
    void stop();

private:
    struct Batch
    {
        int sealed = 0;
        int read = 0;      // sealed or refused
        qint64 lastId = 0; // the next batch starts after it
    };
    // One transaction: up to kBatch unsealed events after `afterId` read, the genuine ones sealed.
    Batch sealBatch(qint64 afterId);
    void run();

    storage::Database &m_database;
    const AuditChain &m_chain;
    events::EventPublisher *m_events;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_woken = false;
    bool m_stopping = false;
    std::set<qint64> m_refused; // unsealed events already reported as not genuine
    std::thread m_thread;
};

} // namespace adp::server::audit
