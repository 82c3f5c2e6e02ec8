#pragma once

#include "shared/core/FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <optional>

namespace adp::shared::costs {

// What a cost analysis asks: a period [from, to), grouped by one dimension, in steps of a day, a
// week (ISO, from Monday), a month or none, optionally narrowed to one project, team, provider...
struct CostQuery
{
    static constexpr int kMaxDays = 3 * 366;
    static const QStringList &dimensions(); // project, environment, team, provider, service, region, ...
    static const QStringList &intervals();  // day, week, month, none

    QDateTime from; // at midnight UTC
    QDateTime to;
    QString by = QStringLiteral("project");
    QString interval = QStringLiteral("day");
    QString metric = QStringLiteral("billed"); // or effective (after discounts and commitments)
    QString currency;                          // empty: the currency of the newest import
    // dimension -> value: only these costs; "" for the value means unattributed.
    QList<std::pair<QString, QString>> filters;

    // From the API's query string; errors name the parameter.
    static CostQuery fromQuery(const QUrlQuery &query, FieldErrors &errors);
    QUrlQuery toQuery() const;
    // A month's question (a forecast's): ?month=YYYY-MM with currency and filters, read as the
    // period from its first day to the next month's.
    static CostQuery fromMonthQuery(QUrlQuery query, FieldErrors &errors);
    QUrlQuery toMonthQuery() const;

private:
    void addNarrowing(QUrlQuery &query) const; // currency and filters
};

// One group's cost over the period, and step by step.
struct CostGroup
{
    QString key;   // the dimension's value ("" when unattributed)
    QString label; // what to show: a project's name, an environment as project/name...
    qint64 totalNanos = 0;
    QList<qint64> series; // one per step of the breakdown's `steps`
};

struct CostBreakdown
{
    QString currency;
    QDateTime from;
    QDateTime to;
    QString by;
    QString interval;
    QString metric;
    QList<QDateTime> steps; // the start of each step (one, at `from`, for interval none)
    qint64 totalNanos = 0;
    QList<CostGroup> groups; // the most costly first

    QJsonObject toJson() const;
    static std::optional<CostBreakdown> fromJson(const QJsonObject &object);
};

// The period at a glance, against the one as long before it.
struct CostSummary
{
    QString currency;
    QDateTime from;
    QDateTime to;
    qint64 totalNanos = 0;
    qint64 previousNanos = 0; // the same length of time just before `from`
    qint64 unattributedNanos = 0;
    QList<CostGroup> topProjects; // five at most, totals only
    QList<CostGroup> topServices;

    QJsonObject toJson() const;
    static std::optional<CostSummary> fromJson(const QJsonObject &object);
};

// Where a month's spend is heading: what it cost so far and, for the days left, what each weekday
// cost on average lately, with a band from how much days varied; `method` says how, in words.
struct CostForecast
{
    QString currency;
    QDate month; // its first day
    qint64 actualNanos = 0;
    qint64 forecastNanos = 0;
    qint64 lowNanos = 0;
    qint64 highNanos = 0;
    int daysObserved = 0;  // of the month, complete
    int daysProjected = 0; // left
    QString method;

    QJsonObject toJson() const;
    static std::optional<CostForecast> fromJson(const QJsonObject &object);
};

} // namespace adp::shared::costs
