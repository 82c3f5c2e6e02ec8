#include "AuditExporter.h"

#include "shared/core/ApiTime.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>
#include <deque>
#include <future>

namespace adp::server::audit {

namespace {

constexpr qsizetype kPieceBytes = 256 * 1024;

QJsonObject link(qint64 seq, QByteArrayView hash)
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), QString::fromLatin1(hash)}};
}

} // namespace

AuditExporter::AuditExporter(storage::Database &database, AuditRepository &repository, AuditSealer &sealer,
                             const AuditRecorder &recorder, const AuditSigningKey &key, const Clock &clock)
    : m_database(database)
    , m_repository(repository)
    , m_sealer(sealer)
    , m_recorder(recorder)
    , m_key(key)
    , m_clock(clock)
    , m_readers(std::make_unique<QThreadPool>())
{
    // Long-lived readers: each keeps its database connection (SQLite's are per thread).
    m_readers->setMaxThreadCount(kReaders);
}

AuditExporter::~AuditExporter() = default;

AuditExporter::Plan AuditExporter::begin(const MutationContext &context, const AuditExportRequest &request)
{
    storage::Transaction tx(m_database);
    QJsonObject after = request.filters.filtersJson();
    after.insert(QStringLiteral("format"),
                 request.isReport() ? QStringLiteral("pdf") : shared::audit::exportFormatName(request.format));
    if (request.isReport())
        after.insert(QStringLiteral("language"), request.reportLanguage);
    m_recorder.record(tx, context, {QStringLiteral("audit.exported"), QStringLiteral("audit"), {}, {}, after});
    tx.commit();
    m_sealer.sealPending();
    Plan plan{request, m_repository.head(), context.actor.username, m_clock.now(), m_repository.anchor().seq + 1};
    return plan;
}

struct AuditExporter::Slice
{
    QByteArray covered;    // the records one after another, each without its digest
    QList<qsizetype> ends; // where each record ends in `covered`
    QJsonValue first;      // {seq, hash} of its first and last event
    QJsonValue last;
};

AuditExporter::Slice AuditExporter::readSlice(const AuditExportRequest &request, qint64 firstSeq, qint64 lastSeq) const
{
    Slice slice;
    m_repository.exportRange(request.filters, firstSeq, lastSeq, [&](const storage::RowView &row) {
        shared::audit::ExportRow event;
        event.seq = row.text(0).toLongLong();
        const QByteArray occurred = shared::toApiTimeUtf8(row.text(1).toLongLong());
        event.occurredAt = occurred;
        event.actorId = row.text(2).toLongLong();
        event.actor = row.text(3);
        event.action = row.text(4);
        event.targetType = row.text(5);
        event.targetId = row.text(6);
        event.organisationId = row.text(StoredAuditEvent::kScopeColumn);
        event.projectId = row.text(StoredAuditEvent::kScopeColumn + 1);
        event.environmentId = row.text(StoredAuditEvent::kScopeColumn + 2);
        event.requestId = row.text(7);
        event.ip = row.text(8);
        event.userAgent = row.text(9);
        event.before = row.text(10);
        event.after = row.text(11);
        event.hash = row.text(13);
        shared::audit::ExportWriter::layOut(request.format, event, slice.covered);
        slice.ends.append(slice.covered.size());
        if (slice.first.isNull())
            slice.first = link(event.seq, event.hash);
        slice.last = link(event.seq, event.hash);
    });
    return slice;
}

void AuditExporter::write(const Plan &plan, const std::function<bool(QByteArray)> &sink) const
{
    shared::audit::ExportWriter writer(plan.request.format, plan.request.byteOrderMark);
    QByteArray piece = writer.begin();
    QJsonValue first;
    QJsonValue last;
    const int window = kReaders;
    std::deque<std::future<Slice>> pending;
    qint64 next = plan.firstSeq;
    while (next <= plan.head.lastSeq || !pending.empty()) {
        while (next <= plan.head.lastSeq && int(pending.size()) < window) {
            const qint64 from = next;
            const qint64 to = std::min(plan.head.lastSeq, from + kSlice - 1);
            auto task = std::make_shared<std::packaged_task<Slice()>>(
                [this, &plan, from, to]() { return readSlice(plan.request, from, to); });
            pending.push_back(task->get_future());
            m_readers->start([task]() { (*task)(); });
            next = to + 1;
        }
        const Slice slice = pending.front().get();
        pending.pop_front();
        qsizetype start = 0;
        for (const qsizetype end : slice.ends) {
            writer.appendLaidOut(QByteArrayView(slice.covered).sliced(start, end - start), piece);
            start = end;
        }
        if (first.isNull())
            first = slice.first;
        if (!slice.last.isNull())
            last = slice.last;
        if (piece.size() >= kPieceBytes && !sink(std::exchange(piece, {}))) {
            for (auto &slice : pending)
                slice.wait(); // they use this export's plan
            return;           // the reader left
        }
    }
    const QByteArray proofJson = proof(plan, writer, first, last);
    piece += writer.end(proofJson, m_key.sign(proofJson).toBase64());
    sink(std::move(piece));
}

QByteArray AuditExporter::proof(const Plan &plan, const shared::audit::ExportWriter &writer, const QJsonValue &first,
                                const QJsonValue &last) const
{
    QJsonArray checkpoints;
    for (const QByteArray &checkpoint : writer.checkpoints())
        checkpoints.append(QString::fromLatin1(checkpoint));
    const QJsonObject proof{{QStringLiteral("adp_audit_export"), 1},
                            {QStringLiteral("format"), shared::audit::exportFormatName(writer.format())},
                            {QStringLiteral("filters"), plan.request.filters.filtersJson()},
                            {QStringLiteral("made_at"), shared::toApiTime(plan.madeAt)},
                            {QStringLiteral("made_by"), plan.madeBy},
                            {QStringLiteral("events"), writer.events()},
                            {QStringLiteral("first"), first},
                            {QStringLiteral("last"), last},
                            {QStringLiteral("chain_head"), link(plan.head.lastSeq, plan.head.lastHash.toLatin1())},
                            {QStringLiteral("digest"), QString::fromLatin1(writer.digest())},
                            {QStringLiteral("checkpoint_every"), shared::audit::ExportDigest::kCheckpointEvery},
                            {QStringLiteral("checkpoints"), checkpoints},
                            {QStringLiteral("key_id"), m_key.keyId()}};
    return QJsonDocument(proof).toJson(QJsonDocument::Compact);
}

} // namespace adp::server::audit
