#include "AuditVerifier.h"

#include <future>
#include <thread>

namespace adp::server::audit {

void AuditVerifier::forEachChecked(const std::function<void(const StoredAuditEvent &, bool sealed)> &visit)
{
    // Each event's seal depends only on its own row (it stores its predecessor's
    // hash), so seals are computed on every core; the links between events are
    // then walked in order. The next batch is read while this one is hashed.
    const int workers = std::max(1, int(std::thread::hardware_concurrency()));
    auto fetch = [this](qint64 after) { return m_repository.batchAfter(after, kBatch); };
    QList<StoredAuditEvent> batch = fetch(0);
    while (!batch.isEmpty()) {
        const bool more = batch.size() == kBatch;
        std::future<QList<StoredAuditEvent>> next;
        if (more)
            next = std::async(std::launch::async, fetch, batch.constLast().seq);
        std::vector<char> sealed(size_t(batch.size()));
        std::vector<std::thread> threads;
        const qsizetype slice = (batch.size() + workers - 1) / workers;
        for (int worker = 0; worker < workers; ++worker) {
            threads.emplace_back([&, worker]() {
                const qsizetype end = std::min(batch.size(), (worker + 1) * slice);
                for (qsizetype i = worker * slice; i < end; ++i)
                    sealed[size_t(i)] = m_chain.eventHash(batch.at(i).prevHash, batch.at(i)) == batch.at(i).hash;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (qsizetype i = 0; i < batch.size(); ++i)
            visit(batch.at(i), sealed[size_t(i)] != 0);
        batch = more ? next.get() : QList<StoredAuditEvent>();
    }
}

shared::AuditVerification AuditVerifier::verify()
{
    shared::AuditVerification result;
    const auto report = [&](const char *kind, qint64 seq, const QString &message) {
        result.intact = false;
        result.findings.append({QString::fromLatin1(kind), seq, message});
    };

    AuditRepository::Head head = m_repository.head();
    const auto headIsGenuine = [&]() { return head.lastSeq == 0 || head.mac == m_chain.headMac(head.lastSeq, head.lastHash); };
    if (!headIsGenuine())
        report("edited", head.lastSeq, QStringLiteral("the chain head was edited"));

    qint64 expectedSeq = 1;
    QString previousHash; // hash of the last event in place
    forEachChecked([&](const StoredAuditEvent &event, bool sealed) {
        ++result.checked;
        if (event.seq > head.lastSeq) {
            head = m_repository.head(); // maybe written while we read
            if (event.seq > head.lastSeq || !headIsGenuine()) {
                report("inserted", event.seq, QStringLiteral("event %1 was added outside the chain").arg(event.seq));
                return;
            }
        }
        if (event.seq > expectedSeq) {
            report("removed", expectedSeq,
                   event.seq - expectedSeq == 1
                       ? QStringLiteral("event %1 was removed").arg(expectedSeq)
                       : QStringLiteral("events %1 to %2 were removed").arg(expectedSeq).arg(event.seq - 1));
        }
        const bool linked = event.prevHash == previousHash;
        if (!sealed && linked)
            report("edited", event.seq, QStringLiteral("event %1 was edited: its contents no longer match its hash").arg(event.seq));
        else if (!sealed)
            report("inserted", event.seq, QStringLiteral("event %1 was inserted or rewritten: it is not part of the chain").arg(event.seq));
        else if (!linked && event.seq == expectedSeq)
            report("inserted", event.seq, QStringLiteral("event %1 does not follow event %2: an event was replaced here")
                                              .arg(event.seq).arg(event.seq - 1));
        previousHash = event.hash; // later links are checked against what the chain says this was
        expectedSeq = event.seq + 1;
    });

    if (head.lastSeq >= expectedSeq) {
        report("truncated", expectedSeq,
               head.lastSeq == expectedSeq ? QStringLiteral("event %1, the newest, was removed").arg(expectedSeq)
                                           : QStringLiteral("events %1 to %2, the newest, were removed")
                                                 .arg(expectedSeq).arg(head.lastSeq));
    } else if (head.lastSeq > 0 && head.lastSeq == expectedSeq - 1 && head.lastHash != previousHash && result.intact) {
        report("edited", head.lastSeq, QStringLiteral("event %1 does not match the chain head").arg(head.lastSeq));
    }
    return result;
}

} // namespace adp::server::audit
