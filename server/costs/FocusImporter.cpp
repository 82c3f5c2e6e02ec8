#include "FocusImporter.h"

#include "CostImportRepository.h"
#include "CostKindRepository.h"
#include "crypto/Sha256.h"

#include <QSet>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace adp::server::costs {

using shared::costs::FocusError;
using shared::costs::FocusReader;
using shared::costs::FocusRow;
using storage::RowBatch;

namespace {
// A sum that would not fit is an error, not a wrapped number.
bool addExactly(qint64 &total, qint64 value)
{
    return !__builtin_add_overflow(total, value, &total);
}

void addText(RowBatch &batch, const QByteArray &text)
{
    if (text.isEmpty())
        batch.addNull();
    else
        batch.add(QByteArrayView(text));
}

// Lines read, and the kinds first seen among them (to be stored before the lines that name them).
struct Piece
{
    RowBatch lines;
    QList<CostKind> kinds;
};

// Pieces from the reading thread to the writing one; a few at most, so memory stays bounded.
class BatchQueue
{
public:
    static constexpr size_t kDepth = 3;

    bool push(Piece &&piece) // false once the writer gave up
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kDepth || m_cancelled; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(piece));
        m_changed.notify_all();
        return true;
    }
    std::optional<Piece> pop() // nullopt once the reader is done and all is taken
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return std::nullopt;
        Piece piece = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return piece;
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Piece> m_batches;
    bool m_closed = false;
    bool m_cancelled = false;
};

// Reads the file into batches of lines for cost_lines, gathering the import's figures.
class BillReader
{
public:
    BillReader(qint64 importId, qint64 organisationId, const CostAttribution &attribution, int columns)
        : m_importId(importId)
        , m_organisationId(organisationId)
        , m_attribution(attribution)
        , m_batch(columns)
    {
    }

    std::variant<FocusImporter::Summary, FocusError> read(QIODevice &in, BatchQueue &queue)
    {
        const auto sink = [&](const FocusRow &row) {
            return add(row) && (m_batch.rows() < kBatchRows || flush(queue));
        };
        FocusReader reader;
        reader.readFrom(in, sink, [this](QByteArrayView bytes) { m_digest.add(bytes); });
        if (m_stop)
            return *m_stop;
        if (reader.error())
            return *reader.error();
        if (m_summary.lines == 0)
            return FocusError{2, {}, QStringLiteral("the file has a header but no billing lines")};
        if (!m_batch.isEmpty() && !flush(queue))
            return FocusError{0, {}, QStringLiteral("stopped")};
        m_summary.currency = reader.currency();
        for (const QByteArray &provider : m_providers)
            m_summary.providers.append(QString::fromUtf8(provider));
        m_summary.providers.sort();
        m_summary.periodStart = QDateTime::fromMSecsSinceEpoch(m_periodStartMs, Qt::UTC);
        m_summary.periodEnd = QDateTime::fromMSecsSinceEpoch(m_periodEndMs, Qt::UTC);
        m_summary.sha256 = QString::fromLatin1(m_digest.hex());
        return m_summary;
    }

private:
    static constexpr int kBatchRows = FocusImporter::kBatchRows;

    bool add(const FocusRow &row)
    {
        if (!addExactly(m_summary.billedNanos, row.billedCostNanos) ||
            !addExactly(m_summary.effectiveNanos, row.effectiveCostNanos)) {
            m_stop = FocusError{row.line, QStringLiteral("BilledCost"),
                                QStringLiteral("the costs add up to more than this server can count")};
            return false;
        }
        ++m_summary.lines;
        if (row.providerName != m_lastProvider) { // lines of one provider come together
            m_providers.insert(row.providerName);
            m_lastProvider = row.providerName;
        }
        m_periodStartMs = std::min(m_periodStartMs, row.billingPeriodStartMs);
        m_periodEndMs = std::max(m_periodEndMs, row.billingPeriodEndMs);
        CostKind kind{.key = 0,
                      .category = row.chargeCategory,
                      .provider = row.providerName,
                      .service = row.serviceName,
                      .serviceCategory = row.serviceCategory,
                      .region = row.regionId,
                      .subAccount = row.subAccountId,
                      .sku = row.skuId,
                      .chargeClass = row.chargeClass,
                      .consumedUnit = row.consumedUnit,
                      .tags = row.tagsJson,
                      .attribution = {}};
        kind.key = kind.computeKey();
        if (!m_kinds.contains(kind.key)) {
            m_kinds.insert(kind.key);
            kind.attribution = m_attribution.of(kind.facts()); // once per kind, not per line
            m_newKinds.append(kind);
        }
        m_batch.add(m_importId).add(row.line).add(m_organisationId).add(kind.key);
        m_batch.add(row.chargePeriodStartMs).add(row.chargePeriodEndMs);
        m_batch.add(row.billedCostNanos).add(row.effectiveCostNanos);
        addText(m_batch, row.resourceId);
        addText(m_batch, row.consumedQuantity);
        return true;
    }

    bool flush(BatchQueue &queue)
    {
        Piece piece{RowBatch(m_batch.columns()), std::exchange(m_newKinds, {})};
        std::swap(piece.lines, m_batch);
        if (queue.push(std::move(piece)))
            return true;
        m_stop = FocusError{0, {}, QStringLiteral("stopped")};
        return false;
    }

    qint64 m_importId;
    qint64 m_organisationId;
    const CostAttribution &m_attribution;
    RowBatch m_batch;
    QSet<qint64> m_kinds; // seen in this bill
    QList<CostKind> m_newKinds;
    FocusImporter::Summary m_summary;
    QSet<QByteArray> m_providers;
    QByteArray m_lastProvider;
    qint64 m_periodStartMs = std::numeric_limits<qint64>::max();
    qint64 m_periodEndMs = std::numeric_limits<qint64>::min();
    crypto::Sha256 m_digest;
    std::optional<FocusError> m_stop;
};
} // namespace

std::variant<FocusImporter::Summary, FocusError> FocusImporter::import(storage::Transaction &tx, qint64 importId,
                                                                       qint64 organisationId,
                                                                       const CostAttribution &attribution,
                                                                       QIODevice &in)
{
    // The file is read on a thread of its own while this one writes what was read: the parse and
    // the database's work overlap on two cores. The transaction stays on this thread.
    const QString table = QStringLiteral("cost_lines");
    const QStringList &columns = CostImportRepository::lineColumns();
    BatchQueue queue;
    std::variant<Summary, FocusError> result = FocusError{};
    std::thread reading([&] {
        BillReader reader(importId, organisationId, attribution, int(columns.size()));
        try {
            result = reader.read(in, queue);
        } catch (const std::exception &error) {
            result = FocusError{0, {}, QString::fromUtf8(error.what())};
        }
        queue.close();
    });
    try {
        while (const auto piece = queue.pop()) {
            CostKindRepository::insertNew(tx, organisationId, piece->kinds);
            tx.copyIn(table, columns, piece->lines);
        }
    } catch (...) {
        queue.cancel();
        reading.join();
        throw;
    }
    reading.join();
    return result;
}

} // namespace adp::server::costs
