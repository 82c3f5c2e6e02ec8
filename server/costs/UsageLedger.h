#pragma once

#include "CostPriceRepository.h"
#include "storage/Database.h"

#include <functional>

namespace adp::server::costs {

// What ADP's own usage cost, day by day: job run time by executor class, what job pods reserved,
// and the files projects keep, each priced by the organisation's price list as it stood that day.
// Usage without a price that day costs nothing here (it is not a cost ADP can know).
class UsageLedger
{
public:
    explicit UsageLedger(storage::Database &database)
        : m_database(database)
    {
    }

    // One meter's cost for a project (and environment) on a day.
    struct Cost
    {
        qint64 day = 0; // since the epoch, UTC
        QString projectSlug;
        QString projectName;
        QString environment; // project/name, or empty
        QString environmentName;
        QString meter;
        double quantity = 0; // in the meter's unit
        qint64 nanos = 0;
    };
    using Visitor = std::function<void(const Cost &cost)>;
    // The costs of days [fromDay, toDay) in `currency` (none when the prices are in another).
    void forEachCost(qint64 organisationId, qint64 fromDay, qint64 toDay, const QString &currency,
                     const Visitor &visit);
    // The currency of the organisation's prices; empty when it has none.
    QString currencyOf(qint64 organisationId);

    // A price per unit times a quantity in the meter's base measure (ms, millicore-ms, MiB-ms, bytes
    // for a day), in billionths, rounded half away from zero; and that quantity in the meter's unit.
    static qint64 priced(const QString &meter, qint64 baseQuantity, qint64 unitNanos, qint64 day);
    static double inUnits(const QString &meter, qint64 baseQuantity, qint64 day);

private:
    storage::Database &m_database;
    CostPriceRepository m_prices{m_database};
};

} // namespace adp::server::costs
