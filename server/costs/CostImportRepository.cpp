#include "CostImportRepository.h"

#include "storage/SqlValues.h"

namespace adp::server::costs {

using storage::ResultSet;
using storage::Transaction;

namespace {
const QString kColumns = QStringLiteral("id, organisation_id, source, providers, currency, period_start, period_end, "
                                        "line_count, billed_nanos, effective_nanos, sha256, imported_by, imported_at");
} // namespace

const QStringList &CostImportRepository::lineColumns()
{
    static const QStringList columns{QStringLiteral("import_id"),       QStringLiteral("line"),
                                     QStringLiteral("organisation_id"), QStringLiteral("kind"),
                                     QStringLiteral("charge_start"),    QStringLiteral("charge_end"),
                                     QStringLiteral("billed_nanos"),    QStringLiteral("effective_nanos"),
                                     QStringLiteral("resource_id"),     QStringLiteral("consumed_quantity")};
    return columns;
}

CostImportRepository::Stored CostImportRepository::fromRow(const ResultSet &rows, int row)
{
    Stored stored;
    shared::costs::CostImport &bill = stored.bill;
    bill.id = rows.value(row, 0).toLongLong();
    stored.organisationId = rows.value(row, 1).toLongLong();
    bill.source = rows.value(row, 2).toString();
    bill.providers = rows.value(row, 3).toString().split(u',', Qt::SkipEmptyParts);
    bill.currency = rows.value(row, 4).toString();
    bill.periodStart = storage::timeFromMs(rows.value(row, 5));
    bill.periodEnd = storage::timeFromMs(rows.value(row, 6));
    bill.lines = rows.value(row, 7).toLongLong();
    bill.billedNanos = rows.value(row, 8).toLongLong();
    bill.effectiveNanos = rows.value(row, 9).toLongLong();
    bill.sha256 = rows.value(row, 10).toString();
    bill.importedBy = rows.value(row, 11).toString();
    bill.importedAt = storage::timeFromMs(rows.value(row, 12));
    return stored;
}

QList<CostImportRepository::Stored> CostImportRepository::list(qint64 organisationId)
{
    const ResultSet rows = m_database.query(
        QStringLiteral("SELECT %1 FROM cost_imports WHERE organisation_id = ? ORDER BY period_start DESC, id DESC")
            .arg(kColumns),
        {organisationId});
    QList<Stored> found;
    for (int row = 0; row < rows.size(); ++row)
        found.append(fromRow(rows, row));
    return found;
}

std::optional<CostImportRepository::Stored> CostImportRepository::find(qint64 organisationId, qint64 id)
{
    const ResultSet rows = m_database.query(
        QStringLiteral("SELECT %1 FROM cost_imports WHERE organisation_id = ? AND id = ?").arg(kColumns),
        {organisationId, id});
    return rows.isEmpty() ? std::nullopt : std::optional(fromRow(rows, 0));
}

void CostImportRepository::lockOrganisation(Transaction &tx, qint64 organisationId)
{
    // SQLite's writers already take turns (BEGIN IMMEDIATE); PostgreSQL's wait on the row lock.
    if (tx.dialect() == storage::Dialect::Postgres)
        tx.exec(QStringLiteral("SELECT id FROM organisations WHERE id = ? FOR UPDATE"), {organisationId});
}

qint64 CostImportRepository::insert(Transaction &tx, const Stored &stored)
{
    const shared::costs::CostImport &bill = stored.bill;
    return tx
        .exec(QStringLiteral("INSERT INTO cost_imports (organisation_id, source, providers, currency, period_start, "
                             "period_end, line_count, billed_nanos, effective_nanos, sha256, imported_by, imported_at) "
                             "VALUES (?, ?, '', '', 0, 0, 0, 0, 0, '', ?, ?) RETURNING id"),
              {stored.organisationId, bill.source, bill.importedBy, bill.importedAt.toMSecsSinceEpoch()})
        .value(0, 0)
        .toLongLong();
}

void CostImportRepository::complete(Transaction &tx, const Stored &stored)
{
    const shared::costs::CostImport &bill = stored.bill;
    tx.exec(QStringLiteral("UPDATE cost_imports SET providers = ?, currency = ?, period_start = ?, period_end = ?, "
                           "line_count = ?, billed_nanos = ?, effective_nanos = ?, sha256 = ? WHERE id = ?"),
            {bill.providers.join(u','), bill.currency, bill.periodStart.toMSecsSinceEpoch(),
             bill.periodEnd.toMSecsSinceEpoch(), bill.lines, bill.billedNanos, bill.effectiveNanos, bill.sha256,
             bill.id});
}

QList<CostImportRepository::Stored> CostImportRepository::overlapping(Transaction &tx, qint64 organisationId,
                                                                      const QDateTime &start, const QDateTime &end,
                                                                      qint64 exceptId)
{
    const ResultSet rows =
        tx.exec(QStringLiteral("SELECT %1 FROM cost_imports WHERE organisation_id = ? AND id <> ? AND period_start < ? "
                               "AND period_end > ? ORDER BY id")
                    .arg(kColumns),
                {organisationId, exceptId, end.toMSecsSinceEpoch(), start.toMSecsSinceEpoch()});
    QList<Stored> found;
    for (int row = 0; row < rows.size(); ++row)
        found.append(fromRow(rows, row));
    return found;
}

void CostImportRepository::remove(Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM cost_imports WHERE id = ?"), {id}); // its lines by trigger (schema 42)
}

} // namespace adp::server::costs
