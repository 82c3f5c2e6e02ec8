#include "CostPriceRepository.h"

#include "storage/SqlValues.h"

namespace adp::server::costs {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, organisation_id, meter, currency, unit_nanos, valid_from, created_by, created_at "
                   "FROM cost_prices WHERE organisation_id = ?");
const QString kOrder = QStringLiteral(" ORDER BY meter, valid_from");
const QDate kEpoch(1970, 1, 1);
} // namespace

qint64 CostPriceRepository::dayOf(const QDate &date)
{
    return kEpoch.daysTo(date);
}

QDate CostPriceRepository::dateOf(qint64 day)
{
    return kEpoch.addDays(day);
}

QList<CostPriceRepository::Stored> CostPriceRepository::fromRows(const storage::ResultSet &rows)
{
    QList<Stored> found;
    for (int row = 0; row < rows.size(); ++row) {
        Stored stored;
        shared::costs::CostPrice &price = stored.price;
        price.id = rows.value(row, 0).toLongLong();
        stored.organisationId = rows.value(row, 1).toLongLong();
        price.meter = rows.value(row, 2).toString();
        price.unit = shared::costs::CostMeter::unitOf(price.meter);
        price.currency = rows.value(row, 3).toString();
        price.unitNanos = rows.value(row, 4).toLongLong();
        stored.fromDay = rows.value(row, 5).toLongLong();
        price.validFrom = dateOf(stored.fromDay);
        price.createdBy = rows.value(row, 6).toString();
        price.createdAt = storage::timeFromMs(rows.value(row, 7));
        // In meter and day order: the next row of the same meter ends this one.
        if (!found.isEmpty() && found.last().price.meter == price.meter)
            found.last().price.validUntil = price.validFrom;
        found.append(stored);
    }
    return found;
}

QList<CostPriceRepository::Stored> CostPriceRepository::list(qint64 organisationId)
{
    return fromRows(m_database.query(kSelect + kOrder, {organisationId}));
}

QList<CostPriceRepository::Stored> CostPriceRepository::list(storage::Transaction &tx, qint64 organisationId)
{
    return fromRows(tx.exec(kSelect + kOrder, {organisationId}));
}

std::optional<CostPriceRepository::Stored> CostPriceRepository::find(qint64 organisationId, qint64 id)
{
    for (const Stored &stored : list(organisationId)) {
        if (stored.price.id == id)
            return stored;
    }
    return std::nullopt;
}

qint64 CostPriceRepository::insert(storage::Transaction &tx, const Stored &stored, qint64 createdMs)
{
    const shared::costs::CostPrice &price = stored.price;
    return tx
        .exec(QStringLiteral("INSERT INTO cost_prices (organisation_id, meter, currency, unit_nanos, valid_from, "
                             "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {stored.organisationId, price.meter, price.currency, price.unitNanos, stored.fromDay, price.createdBy,
               createdMs})
        .value(0, 0)
        .toLongLong();
}

void CostPriceRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM cost_prices WHERE id = ?"), {id});
}

} // namespace adp::server::costs
