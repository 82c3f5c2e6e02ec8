#include "CostAnalysis.h"

#include "shared/costs/Money.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace adp::server::costs {

using shared::costs::CostBreakdown;
using shared::costs::CostForecast;
using shared::costs::CostGroup;
using shared::costs::CostQuery;
using shared::costs::CostSummary;

QList<QDateTime> CostAnalysis::stepsOf(const QDateTime &from, const QDateTime &to, const QString &interval)
{
    QList<QDateTime> steps{from};
    if (interval == u"none")
        return steps;
    for (QDate day = from.date();;) {
        if (interval == u"day")
            day = day.addDays(1);
        else if (interval == u"week")
            day = day.addDays(8 - day.dayOfWeek()); // the next Monday
        else
            day = QDate(day.year(), day.month(), 1).addMonths(1);
        const QDateTime start(day, QTime(0, 0), Qt::UTC);
        if (start >= to)
            return steps;
        steps.append(start);
    }
}

CostBreakdown CostAnalysis::compute(qint64 organisationId, const CostQuery &query, const QString &currency)
{
    CostBreakdown result;
    result.currency = currency;
    result.from = query.from;
    result.to = query.to;
    result.by = query.by;
    result.interval = query.interval;
    result.metric = query.metric;
    result.steps = stepsOf(query.from, query.to, query.interval);
    QList<qint64> stepDays; // each step's first day since the epoch
    for (const QDateTime &step : result.steps)
        stepDays.append(step.toMSecsSinceEpoch() / 86'400'000);
    QHash<QString, CostGroup> groups;
    if (!currency.isEmpty()) {
        m_ledger.forEachDay(organisationId, query, currency,
                            [&](qint64 day, const QString &key, const QString &label, qint64 nanos) {
                                const auto at = std::upper_bound(stepDays.cbegin(), stepDays.cend(), day);
                                const qsizetype step = std::max<qsizetype>(0, (at - stepDays.cbegin()) - 1);
                                CostGroup &group = groups[key];
                                if (group.series.isEmpty()) {
                                    group.key = key;
                                    group.label = label.isEmpty() && key.isEmpty() ? QString() : label;
                                    group.series.fill(0, stepDays.size());
                                }
                                group.series[step] += nanos;
                                group.totalNanos += nanos;
                                result.totalNanos += nanos;
                            });
    }
    result.groups = groups.values();
    std::sort(result.groups.begin(), result.groups.end(), [](const CostGroup &a, const CostGroup &b) {
        return a.totalNanos != b.totalNanos ? a.totalNanos > b.totalNanos : a.key < b.key;
    });
    return result;
}

Outcome<CostAnalysis::Asked> CostAnalysis::asked(const MutationContext &context, const QString &organisation,
                                                 const CostQuery &query, const shared::FieldErrors &invalid)
{
    const auto access = m_authorizer.organisationNamed(context, organisation, QStringLiteral("cost.read"));
    if (!access.ok())
        return access.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    const qint64 organisationId = access.value().organisationId;
    return Asked{organisationId, query.currency.isEmpty() ? m_ledger.newestCurrency(organisationId) : query.currency};
}

Outcome<CostBreakdown> CostAnalysis::breakdown(const MutationContext &context, const QString &organisation,
                                               const CostQuery &query, const shared::FieldErrors &invalid)
{
    const auto scope = asked(context, organisation, query, invalid);
    if (!scope.ok())
        return scope.error();
    return compute(scope.value().organisationId, query, scope.value().currency);
}

Outcome<CostSummary> CostAnalysis::summary(const MutationContext &context, const QString &organisation, CostQuery query,
                                           const shared::FieldErrors &invalid)
{
    const auto scope = asked(context, organisation, query, invalid);
    if (!scope.ok())
        return scope.error();
    const qint64 organisationId = scope.value().organisationId;
    const QString currency = scope.value().currency;
    query.interval = QStringLiteral("none");
    CostSummary summary;
    summary.currency = currency;
    summary.from = query.from;
    summary.to = query.to;
    query.by = QStringLiteral("project");
    const CostBreakdown byProject = compute(organisationId, query, currency);
    summary.totalNanos = byProject.totalNanos;
    for (const CostGroup &group : byProject.groups) {
        if (group.key.isEmpty())
            summary.unattributedNanos = group.totalNanos;
        else if (summary.topProjects.size() < 5)
            summary.topProjects.append({group.key, group.label, group.totalNanos, {}});
    }
    query.by = QStringLiteral("service");
    for (const CostGroup &group : compute(organisationId, query, currency).groups.mid(0, 5))
        summary.topServices.append({group.key, group.label, group.totalNanos, {}});
    CostQuery before = query;
    before.to = query.from;
    before.from = query.from.addDays(-query.from.daysTo(query.to));
    summary.previousNanos = compute(organisationId, before, currency).totalNanos;
    return summary;
}

Outcome<CostForecast> CostAnalysis::forecast(const MutationContext &context, const QString &organisation,
                                             CostQuery query, const shared::FieldErrors &invalid)
{
    const auto scope = asked(context, organisation, query, invalid);
    if (!scope.ok())
        return scope.error();
    return projected(scope.value().organisationId, query, scope.value().currency);
}

CostForecast CostAnalysis::projected(qint64 organisationId, CostQuery query, const QString &currency)
{
    const QDate month = query.from.date(); // the period's first day; a month's for the API
    const QDate today = m_clock.now().date();
    const QDate monthEnd = query.to.date();
    const QDate windowStart = today.addDays(-kForecastWindowDays);
    // Each day's cost from the window's start (or the month's, if earlier) to the month's end.
    query.from = QDateTime(std::min(windowStart, month), QTime(0, 0), Qt::UTC);
    query.to = QDateTime(std::max(today, monthEnd), QTime(0, 0), Qt::UTC);
    query.by = QStringLiteral("category");
    QHash<qint64, qint64> daily; // days since the epoch -> nanos
    if (!currency.isEmpty()) {
        m_ledger.forEachDay(
            organisationId, query, currency,
            [&daily](qint64 day, const QString &, const QString &, qint64 nanos) { daily[day] += nanos; });
    }
    const auto dayNumber = [](const QDate &date) { return QDate(1970, 1, 1).daysTo(date); };

    CostForecast result;
    result.currency = currency;
    result.month = month;
    // Complete days only: today's costs are still coming in.
    const QDate observedEnd = std::clamp(today, month, monthEnd);
    for (QDate day = month; day < observedEnd; day = day.addDays(1)) {
        result.actualNanos += daily.value(dayNumber(day));
        ++result.daysObserved;
    }
    // The mean of each weekday over the window, and how far days strayed from their weekday's mean.
    std::array<double, 8> weekdayMean{};
    std::array<int, 8> weekdayDays{};
    for (QDate day = windowStart; day < today; day = day.addDays(1)) {
        weekdayMean[day.dayOfWeek()] += double(daily.value(dayNumber(day)));
        ++weekdayDays[day.dayOfWeek()];
    }
    for (int weekday = 1; weekday <= 7; ++weekday)
        weekdayMean[weekday] = weekdayDays[weekday] ? weekdayMean[weekday] / weekdayDays[weekday] : 0;
    double squares = 0;
    for (QDate day = windowStart; day < today; day = day.addDays(1)) {
        const double residual = double(daily.value(dayNumber(day))) - weekdayMean[day.dayOfWeek()];
        squares += residual * residual;
    }
    const double spread = std::sqrt(squares / (kForecastWindowDays - 1));
    double projected = 0;
    for (QDate day = std::max(observedEnd, month); day < monthEnd; day = day.addDays(1)) {
        projected += weekdayMean[day.dayOfWeek()];
        ++result.daysProjected;
    }
    const double band = 1.96 * spread * std::sqrt(double(result.daysProjected));
    result.forecastNanos = result.actualNanos + std::llround(projected);
    result.lowNanos = result.actualNanos + std::llround(projected - band);
    result.highNanos = result.actualNanos + std::llround(projected + band);
    const QString monthName =
        month.day() == 1 && monthEnd == month.addMonths(1)
            ? month.toString(QStringLiteral("yyyy-MM"))
            : QStringLiteral("%1 to %2").arg(month.toString(Qt::ISODate), monthEnd.addDays(-1).toString(Qt::ISODate));
    if (result.daysProjected == 0)
        result.method = QStringLiteral("%1 is over: the forecast is what it cost.").arg(monthName);
    else
        result.method = QStringLiteral("What %1 cost on its %2 complete days so far, plus its %3 days left, each "
                                       "projected as the mean cost of its weekday over the %4 days before %5; the "
                                       "band is 95% of the day-to-day spread around those means (1.96 x %6 a day "
                                       "x the square root of %3 days).")
                            .arg(monthName)
                            .arg(result.daysObserved)
                            .arg(result.daysProjected)
                            .arg(kForecastWindowDays)
                            .arg(today.toString(Qt::ISODate))
                            .arg(shared::costs::decimalOfNanos(std::llround(spread)));
    return result;
}

} // namespace adp::server::costs
