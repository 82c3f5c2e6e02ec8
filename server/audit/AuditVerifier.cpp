#include "AuditVerifier.h"

#include <deque>
#include <future>
#include <thread>

namespace adp::server::audit {

void AuditVerifier::forEachChecked(qint64 firstSeq, const std::function<void(const Link &)> &visit)
{
    // Each event's seal depends only on its own row (it stores its
    // predecessor's hash), so slices of the trail are read and sealed by
    // several workers at once, on their own connections; the links between
    // events are then walked here, in order.
    const auto sealer = [this](QList<Link> &links) {
        return [this, &links](qint64 seq, QByteArrayView canonical, QByteArrayView prevHash, QByteArrayView hash) {
            links.append(
                {seq, prevHash.toByteArray(), hash.toByteArray(), m_chain.hashOf(prevHash, canonical) == hash});
        };
    };
    const auto deliver = [&visit](const QList<Link> &links) {
        for (const Link &link : links)
            visit(link);
    };

    const qint64 last = m_repository.maxSeq();
    const int window = std::max(2, int(std::thread::hardware_concurrency()) + 1);
    std::deque<std::future<QList<Link>>> pending;
    qint64 nextFirst = firstSeq;
    while (nextFirst <= last || !pending.empty()) {
        while (nextFirst <= last && int(pending.size()) < window) {
            const qint64 first = nextFirst;
            const qint64 end = std::min(last, first + kBatch - 1);
            pending.push_back(std::async(std::launch::async, [this, sealer, first, end]() {
                QList<Link> links;
                links.reserve(end - first + 1);
                m_repository.chainRange(first, end, sealer(links));
                return links;
            }));
            nextFirst = end + 1;
        }
        const QList<Link> links = pending.front().get();
        pending.pop_front();
        deliver(links);
    }
    // Whatever was appended (or inserted) after we looked.
    qint64 after = last;
    while (true) {
        QList<Link> links;
        m_repository.chainAfter(after, kBatch, sealer(links));
        if (links.isEmpty())
            return;
        after = links.constLast().seq;
        deliver(links);
    }
}

void AuditVerifier::checkUnsealed(shared::AuditVerification &result)
{
    qint64 afterId = 0;
    while (true) {
        const QList<StoredAuditEvent> events = m_repository.unsealed(afterId, kBatch);
        for (const StoredAuditEvent &event : events) {
            if (m_chain.entryMacMatches(event.entryMac.toLatin1(), event.unsealedCanonical())) {
                ++result.unsealed;
                continue;
            }
            result.intact = false;
            result.findings.append(
                {QStringLiteral("forged"), 0,
                 QStringLiteral("unsealed event id %1 was written outside ADP or edited: it does not match its entry "
                                "MAC")
                     .arg(event.id)});
        }
        if (events.size() < kBatch)
            return;
        afterId = events.constLast().id;
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
    const auto headIsGenuine = [&]() {
        return head.lastSeq == 0 || head.mac == m_chain.headMac(head.lastSeq, head.lastHash);
    };
    if (!headIsGenuine())
        report("edited", head.lastSeq, QStringLiteral("the chain head was edited"));

    qint64 expectedSeq = 1;
    QByteArray previousHash; // hash of the last event in place
    const AuditStore::Anchor anchor = m_repository.anchor();
    if (anchor.seq > 0) {
        result.archivedThrough = anchor.seq;
        if (anchor.mac != m_chain.anchorMac(anchor.seq, anchor.hash))
            report("edited", anchor.seq,
                   QStringLiteral("the retention anchor was edited: events before %1 may have been removed")
                       .arg(anchor.seq + 1));
        expectedSeq = anchor.seq + 1;
        previousHash = anchor.hash.toLatin1();
    }
    forEachChecked(expectedSeq, [&](const Link &event) {
        const bool sealed = event.sealed;
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
            report("edited", event.seq,
                   QStringLiteral("event %1 was edited: its contents no longer match its hash").arg(event.seq));
        else if (!sealed)
            report("inserted", event.seq,
                   QStringLiteral("event %1 was inserted or rewritten: it is not part of the chain").arg(event.seq));
        else if (!linked && event.seq == expectedSeq)
            report("inserted", event.seq,
                   QStringLiteral("event %1 does not follow event %2: an event was replaced here")
                       .arg(event.seq)
                       .arg(event.seq - 1));
        previousHash = event.hash; // later links are checked against what the chain says this was
        expectedSeq = event.seq + 1;
    });

    if (head.lastSeq >= expectedSeq) {
        report("truncated", expectedSeq,
               head.lastSeq == expectedSeq
                   ? QStringLiteral("event %1, the newest, was removed").arg(expectedSeq)
                   : QStringLiteral("events %1 to %2, the newest, were removed").arg(expectedSeq).arg(head.lastSeq));
    } else if (head.lastSeq > 0 && head.lastSeq == expectedSeq - 1 && head.lastHash.toLatin1() != previousHash &&
               result.intact) {
        report("edited", head.lastSeq, QStringLiteral("event %1 does not match the chain head").arg(head.lastSeq));
    }
    checkUnsealed(result);
    return result;
}

} // namespace adp::server::audit
