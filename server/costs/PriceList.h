#pragma once

#include "CostPriceRepository.h"

#include <QHash>
#include <map>
#include <optional>

namespace adp::server::costs {

// An organisation's price list in one currency, each meter's prices by first day: what a quantity
// of a meter cost on a day, at the price of that day (the past is never repriced).
class PriceList
{
public:
    PriceList(CostPriceRepository &prices, qint64 organisationId, const QString &currency);
    bool isEmpty() const { return m_prices.isEmpty(); }
    std::optional<qint64> on(const QString &meter, qint64 day) const;
    // A base quantity of a meter on a day, priced; 0 when the meter has no price that day.
    qint64 cost(const QString &meter, qint64 baseQuantity, qint64 day) const;
    // A job's usage on a day: its runner class's time, and on Kubernetes what its pod reserved.
    qint64 jobCost(qint64 day, const QString &executor, qint64 runMs, qint64 millicoreMs, qint64 mibMs) const;

    // A price per unit times a quantity in the meter's base measure (ms, millicore-ms, MiB-ms, bytes
    // for a day), in billionths, rounded half away from zero; and that quantity in the meter's unit.
    static qint64 priced(const QString &meter, qint64 baseQuantity, qint64 unitNanos, qint64 day);
    static double inUnits(const QString &meter, qint64 baseQuantity, qint64 day);

private:
    QHash<QString, std::map<qint64, qint64>> m_prices;
};

} // namespace adp::server::costs
