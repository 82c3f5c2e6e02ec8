#include "PriceList.h"

#include "shared/costs/Money.h"

namespace adp::server::costs {

namespace {
constexpr qint64 kHourMs = 3'600'000;
using Wide = shared::costs::WideNanos;

// What one unit of a meter is in its base measure on a day: a GB-month is a gigabyte kept for
// every day of that day's month.
Wide unitOf(const QString &meter, qint64 day)
{
    if (meter.startsWith(u"runner."))
        return kHourMs;
    if (meter == u"kubernetes.cpu" || meter == u"cluster.cpu")
        return Wide(1000) * kHourMs; // millicore-ms
    if (meter == u"kubernetes.memory" || meter == u"cluster.memory")
        return Wide(1024) * kHourMs; // MiB-ms
    return Wide(1'000'000'000) * CostPriceRepository::dateOf(day).daysInMonth();
}
} // namespace

PriceList::PriceList(CostPriceRepository &prices, qint64 organisationId, const QString &currency)
{
    for (const CostPriceRepository::Stored &stored : prices.list(organisationId)) {
        if (stored.price.currency == currency)
            m_prices[stored.price.meter][stored.fromDay] = stored.price.unitNanos;
    }
}

std::optional<qint64> PriceList::on(const QString &meter, qint64 day) const
{
    const auto found = m_prices.constFind(meter);
    if (found == m_prices.constEnd())
        return std::nullopt;
    auto after = found->upper_bound(day);
    if (after == found->begin())
        return std::nullopt;
    return std::prev(after)->second;
}

qint64 PriceList::cost(const QString &meter, qint64 baseQuantity, qint64 day) const
{
    const auto price = on(meter, day);
    return price ? priced(meter, baseQuantity, *price, day) : 0;
}

qint64 PriceList::jobCost(qint64 day, const QString &executor, qint64 runMs, qint64 millicoreMs, qint64 mibMs) const
{
    qint64 nanos = cost(QStringLiteral("runner.") + executor, runMs, day);
    if (executor == u"kubernetes")
        nanos += cost(QStringLiteral("kubernetes.cpu"), millicoreMs, day) +
                 cost(QStringLiteral("kubernetes.memory"), mibMs, day);
    return nanos;
}

qint64 PriceList::priced(const QString &meter, qint64 baseQuantity, qint64 unitNanos, qint64 day)
{
    const Wide unit = unitOf(meter, day);
    const Wide product = Wide(baseQuantity) * unitNanos;
    return qint64((product + (product >= 0 ? unit / 2 : -unit / 2)) / unit);
}

double PriceList::inUnits(const QString &meter, qint64 baseQuantity, qint64 day)
{
    return double(baseQuantity) / double(unitOf(meter, day));
}

} // namespace adp::server::costs
