#include "CostSeries.h"

#include <QCoreApplication>

namespace adp::app {

const QString CostSeries::kOtherKey = QStringLiteral("\x1f"
                                                     "other");

QString CostSeries::nameOf(const QString &key, const QString &label)
{
    if (key == kOtherKey)
        return QCoreApplication::translate("adp::app::CostSeries", "Other");
    if (key.isEmpty())
        return QCoreApplication::translate("adp::app::CostSeries", "(unattributed)");
    return label.isEmpty() ? key : label;
}

QString CostSeries::money(qint64 nanos, const QString &currency, const QLocale &locale)
{
    const double amount = double(nanos) / 1e9;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.toCurrencyString(amount, locale.currencySymbol(QLocale::CurrencySymbol), 2);
    return locale.toString(amount, 'f', 2) + u' ' + currency;
}

CostSeries CostSeries::of(const shared::costs::CostBreakdown &breakdown, int shown)
{
    CostSeries series;
    series.currency = breakdown.currency;
    series.steps = breakdown.steps;
    series.totalNanos = breakdown.totalNanos;
    const qsizetype steps = breakdown.steps.size();
    Line other{kOtherKey, nameOf(kOtherKey, {}), QList<qint64>(steps, 0), {}, 0};
    // The server sends the costliest first.
    for (const shared::costs::CostGroup &group : breakdown.groups) {
        if (series.lines.size() < shown) {
            Line line{group.key, nameOf(group.key, group.label), group.series, {}, group.totalNanos};
            line.nanos.resize(steps, 0);
            series.lines.append(line);
            continue;
        }
        for (qsizetype step = 0; step < steps && step < group.series.size(); ++step)
            other.nanos[step] += group.series.at(step);
        other.totalNanos += group.totalNanos;
    }
    if (other.totalNanos != 0)
        series.lines.append(other);
    QList<qint64> running(steps, 0);
    for (Line &line : series.lines) {
        for (qsizetype step = 0; step < steps; ++step)
            running[step] += line.nanos.at(step);
        line.stacked = running;
    }
    return series;
}

} // namespace adp::app
