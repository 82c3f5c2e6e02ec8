#pragma once

#include "AuditStore.h"
#include "StoredAuditEvent.h"
#include "ports/AuditTrail.h"
#include "shared/core/AuditEvent.h"
#include "storage/Database.h"
#include "storage/Executor.h"

#include <functional>

namespace adp::server::audit {

// Reads the audit trail. There is deliberately no update or delete here:
// rows are only ever inserted, by AuditRecorder, and sealed once, by AuditSealer.
class AuditRepository : public ports::AuditTrail
{
public:
    explicit AuditRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // Newest first, filtered; `beforeSeq` > 0 continues a previous page.
    QList<StoredAuditEvent> list(const shared::AuditQuery &query, qint64 beforeSeq);
    // What an export reads: the sealed events with firstSeq <= seq <= lastSeq that pass the
    // filters, oldest first, as the columns StoredAuditEvent::columns() names.
    void exportRange(const shared::AuditQuery &query, qint64 firstSeq, qint64 lastSeq,
                     const storage::RowVisitor &visit);
    // Walks the whole chain in seq order, a batch at a time.
    // What verification needs of each event, straight from the stored text:
    // its seq, its canonical bytes and its two links. Valid during the call only.
    using ChainVisitor =
        std::function<void(qint64 seq, QByteArrayView canonical, QByteArrayView prevHash, QByteArrayView hash)>;
    // Rows with firstSeq <= seq <= lastSeq, or the first `limit` after `afterSeq`; oldest first.
    void chainRange(qint64 firstSeq, qint64 lastSeq, const ChainVisitor &visit);
    void chainAfter(qint64 afterSeq, int limit, const ChainVisitor &visit);
    // Events not sealed yet, oldest first, after the one with id `afterId`; through `run`
    // (the sealer reads them inside its transaction, after taking the chain head).
    static QList<StoredAuditEvent> unsealed(const storage::Executor &run, qint64 afterId, int limit);
    QList<StoredAuditEvent> unsealed(qint64 afterId, int limit)
    {
        return unsealed(storage::executorOf(m_database), afterId, limit);
    }
    qint64 maxSeq();
    // How many sealed events pass the filters.
    qint64 countSealed(const shared::AuditQuery &query) override;
    QList<qint64> newestSealed(const shared::AuditQuery &query, int limit) override;

    struct Head
    {
        qint64 lastSeq = 0;
        QString lastHash;
        QString mac;
    };
    Head head();

    AuditStore::Anchor anchor();
    // The newest sealed seq with no event at or after `beforeMs` up to it: what retention may
    // archive. 0 when there is none.
    qint64 lastSeqBefore(qint64 beforeMs);
    QString hashAt(qint64 seq);

    // ports::AuditTrail
    qint64 sealedHead() override { return head().lastSeq; }
    void sealedEvents(const shared::AuditQuery &filters, qint64 firstSeq, qint64 lastSeq,
                      const storage::RowVisitor &visit) override
    {
        exportRange(filters, firstSeq, lastSeq, visit);
    }

private:
    static void filter(const shared::AuditQuery &query, QStringList &conditions, QVariantList &params);

    storage::Database &m_database;
};

} // namespace adp::server::audit
