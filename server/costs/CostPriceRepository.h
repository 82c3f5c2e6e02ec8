#pragma once

#include "shared/costs/CostPrice.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::costs {

// The cost_prices table: an organisation's price list, each price from its day (days since the
// epoch, UTC) until the same meter's next.
class CostPriceRepository
{
public:
    struct Stored
    {
        shared::costs::CostPrice price; // validUntil filled in from the meter's next price
        qint64 organisationId = 0;
        qint64 fromDay = 0;
    };

    explicit CostPriceRepository(storage::Database &database)
        : m_database(database)
    {
    }

    static qint64 dayOf(const QDate &date);
    static QDate dateOf(qint64 day);

    // By meter, then day.
    QList<Stored> list(qint64 organisationId);
    static QList<Stored> list(storage::Transaction &tx, qint64 organisationId);
    std::optional<Stored> find(qint64 organisationId, qint64 id);
    static qint64 insert(storage::Transaction &tx, const Stored &stored, qint64 createdMs);
    static void remove(storage::Transaction &tx, qint64 id);

private:
    static QList<Stored> fromRows(const storage::ResultSet &rows);

    storage::Database &m_database;
};

} // namespace adp::server::costs
