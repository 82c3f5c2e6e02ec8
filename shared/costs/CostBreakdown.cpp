#include "CostBreakdown.h"

#include "Money.h"
#include "shared/core/ApiTime.h"
#include "shared/core/TextRules.h"

#include <QJsonArray>

namespace adp::shared::costs {

namespace {
QDateTime dayOf(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

QJsonObject groupJson(const CostGroup &group, bool withSeries)
{
    QJsonObject object{{QStringLiteral("key"), group.key},
                       {QStringLiteral("label"), group.label},
                       {QStringLiteral("cost"), decimalOfNanos(group.totalNanos)}};
    if (withSeries) {
        QJsonArray series;
        for (const qint64 nanos : group.series)
            series.append(decimalOfNanos(nanos));
        object.insert(QStringLiteral("series"), series);
    }
    return object;
}

std::optional<CostGroup> groupOf(const QJsonObject &object)
{
    const auto total = nanosOfDecimal(object.value(QStringLiteral("cost")).toString());
    if (!total)
        return std::nullopt;
    CostGroup group{
        object.value(QStringLiteral("key")).toString(), object.value(QStringLiteral("label")).toString(), *total, {}};
    for (const QJsonValue &value : object.value(QStringLiteral("series")).toArray()) {
        const auto nanos = nanosOfDecimal(value.toString());
        if (!nanos)
            return std::nullopt;
        group.series.append(*nanos);
    }
    return group;
}
} // namespace

const QStringList &CostQuery::dimensions()
{
    static const QStringList names{
        QStringLiteral("project"),     QStringLiteral("environment"), QStringLiteral("team"),
        QStringLiteral("provider"),    QStringLiteral("service"),     QStringLiteral("region"),
        QStringLiteral("sub_account"), QStringLiteral("category"),    QStringLiteral("executor")};
    return names;
}

const QStringList &CostQuery::intervals()
{
    static const QStringList names{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
                                   QStringLiteral("none")};
    return names;
}

CostQuery CostQuery::fromQuery(const QUrlQuery &query, FieldErrors &errors)
{
    CostQuery result;
    const auto text = [&query](const char *key) {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    result.from = dayOf(text("from"));
    result.to = dayOf(text("to"));
    if (!result.from.isValid())
        errors.append(invalidField(QStringLiteral("from"), QStringLiteral("must be a date such as 2026-11-01")));
    if (!result.to.isValid())
        errors.append(invalidField(QStringLiteral("to"), QStringLiteral("must be a date such as 2026-12-01")));
    if (result.from.isValid() && result.to.isValid() &&
        (result.to <= result.from || result.from.daysTo(result.to) > kMaxDays))
        errors.append(invalidField(QStringLiteral("to"),
                                   QStringLiteral("must be after from, at most %1 days after it").arg(kMaxDays)));
    if (query.hasQueryItem(QStringLiteral("by")))
        result.by = text("by");
    if (!dimensions().contains(result.by))
        errors.append(
            invalidField(QStringLiteral("by"), QStringLiteral("must be one of %1").arg(dimensions().join(u", "))));
    if (query.hasQueryItem(QStringLiteral("interval")))
        result.interval = text("interval");
    if (!intervals().contains(result.interval))
        errors.append(invalidField(QStringLiteral("interval"), QStringLiteral("must be day, week, month or none")));
    if (query.hasQueryItem(QStringLiteral("metric")))
        result.metric = text("metric");
    if (result.metric != u"billed" && result.metric != u"effective")
        errors.append(invalidField(QStringLiteral("metric"), QStringLiteral("must be billed or effective")));
    result.currency = text("currency");
    if (!result.currency.isEmpty() && !textrules::isCurrencyCode(result.currency))
        errors.append(invalidField(QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code such as USD")));
    static const QStringList kKnown{QStringLiteral("from"),     QStringLiteral("to"),     QStringLiteral("by"),
                                    QStringLiteral("interval"), QStringLiteral("metric"), QStringLiteral("currency")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (dimensions().contains(key))
            result.filters.append({key, value});
        else if (!kKnown.contains(key))
            errors.append({key, QString::fromLatin1(fieldcodes::UnknownField), QStringLiteral("is not a parameter")});
    }
    return result;
}

QUrlQuery CostQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.date().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.date().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("by"), by);
    query.addQueryItem(QStringLiteral("interval"), interval);
    query.addQueryItem(QStringLiteral("metric"), metric);
    addNarrowing(query);
    return query;
}

CostQuery CostQuery::fromMonthQuery(QUrlQuery query, FieldErrors &errors)
{
    const QDate month =
        QDate::fromString(query.queryItemValue(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    query.removeAllQueryItems(QStringLiteral("month"));
    if (!month.isValid())
        errors.append(invalidField(QStringLiteral("month"), QStringLiteral("must be a month such as 2026-11")));
    const QDate first = month.isValid() ? month : QDate(2000, 1, 1);
    query.removeAllQueryItems(QStringLiteral("from"));
    query.removeAllQueryItems(QStringLiteral("to"));
    query.addQueryItem(QStringLiteral("from"), first.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), first.addMonths(1).toString(Qt::ISODate));
    return fromQuery(query, errors);
}

QUrlQuery CostQuery::toMonthQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("month"), from.date().toString(QStringLiteral("yyyy-MM")));
    addNarrowing(query);
    return query;
}

void CostQuery::addNarrowing(QUrlQuery &query) const
{
    if (!currency.isEmpty())
        query.addQueryItem(QStringLiteral("currency"), currency);
    for (const auto &[key, value] : filters)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
}

QJsonObject CostBreakdown::toJson() const
{
    QJsonArray stepArray;
    for (const QDateTime &step : steps)
        stepArray.append(toApiTime(step));
    QJsonArray groupArray;
    for (const CostGroup &group : groups)
        groupArray.append(groupJson(group, true));
    return {{QStringLiteral("currency"), currency}, {QStringLiteral("from"), toApiTime(from)},
            {QStringLiteral("to"), toApiTime(to)},  {QStringLiteral("by"), by},
            {QStringLiteral("interval"), interval}, {QStringLiteral("metric"), metric},
            {QStringLiteral("steps"), stepArray},   {QStringLiteral("total"), decimalOfNanos(totalNanos)},
            {QStringLiteral("groups"), groupArray}};
}

std::optional<CostBreakdown> CostBreakdown::fromJson(const QJsonObject &object)
{
    const auto total = nanosOfDecimal(object.value(QStringLiteral("total")).toString());
    if (!total)
        return std::nullopt;
    CostBreakdown breakdown;
    breakdown.currency = object.value(QStringLiteral("currency")).toString();
    breakdown.from = fromApiTime(object.value(QStringLiteral("from")).toString());
    breakdown.to = fromApiTime(object.value(QStringLiteral("to")).toString());
    breakdown.by = object.value(QStringLiteral("by")).toString();
    breakdown.interval = object.value(QStringLiteral("interval")).toString();
    breakdown.metric = object.value(QStringLiteral("metric")).toString();
    breakdown.totalNanos = *total;
    for (const QJsonValue &step : object.value(QStringLiteral("steps")).toArray())
        breakdown.steps.append(fromApiTime(step.toString()));
    for (const QJsonValue &value : object.value(QStringLiteral("groups")).toArray()) {
        const auto group = groupOf(value.toObject());
        if (!group)
            return std::nullopt;
        breakdown.groups.append(*group);
    }
    return breakdown;
}

QJsonObject CostSummary::toJson() const
{
    const auto groups = [](const QList<CostGroup> &list) {
        QJsonArray array;
        for (const CostGroup &group : list)
            array.append(groupJson(group, false));
        return array;
    };
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("from"), toApiTime(from)},
            {QStringLiteral("to"), toApiTime(to)},
            {QStringLiteral("total"), decimalOfNanos(totalNanos)},
            {QStringLiteral("previous"), decimalOfNanos(previousNanos)},
            {QStringLiteral("change"), decimalOfNanos(totalNanos - previousNanos)},
            {QStringLiteral("unattributed"), decimalOfNanos(unattributedNanos)},
            {QStringLiteral("top_projects"), groups(topProjects)},
            {QStringLiteral("top_services"), groups(topServices)}};
}

std::optional<CostSummary> CostSummary::fromJson(const QJsonObject &object)
{
    const auto total = nanosOfDecimal(object.value(QStringLiteral("total")).toString());
    const auto previous = nanosOfDecimal(object.value(QStringLiteral("previous")).toString());
    const auto unattributed = nanosOfDecimal(object.value(QStringLiteral("unattributed")).toString());
    if (!total || !previous || !unattributed)
        return std::nullopt;
    CostSummary summary;
    summary.currency = object.value(QStringLiteral("currency")).toString();
    summary.from = fromApiTime(object.value(QStringLiteral("from")).toString());
    summary.to = fromApiTime(object.value(QStringLiteral("to")).toString());
    summary.totalNanos = *total;
    summary.previousNanos = *previous;
    summary.unattributedNanos = *unattributed;
    for (const auto &[key, target] :
         {std::pair{"top_projects", &summary.topProjects}, std::pair{"top_services", &summary.topServices}}) {
        for (const QJsonValue &value : object.value(QLatin1String(key)).toArray()) {
            const auto group = groupOf(value.toObject());
            if (!group)
                return std::nullopt;
            target->append(*group);
        }
    }
    return summary;
}

QJsonObject CostForecast::toJson() const
{
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("actual"), decimalOfNanos(actualNanos)},
            {QStringLiteral("forecast"), decimalOfNanos(forecastNanos)},
            {QStringLiteral("low"), decimalOfNanos(lowNanos)},
            {QStringLiteral("high"), decimalOfNanos(highNanos)},
            {QStringLiteral("days_observed"), daysObserved},
            {QStringLiteral("days_projected"), daysProjected},
            {QStringLiteral("method"), method}};
}

std::optional<CostForecast> CostForecast::fromJson(const QJsonObject &object)
{
    CostForecast forecast;
    for (const auto &[key, target] :
         {std::pair{"actual", &forecast.actualNanos}, std::pair{"forecast", &forecast.forecastNanos},
          std::pair{"low", &forecast.lowNanos}, std::pair{"high", &forecast.highNanos}}) {
        const auto nanos = nanosOfDecimal(object.value(QLatin1String(key)).toString());
        if (!nanos)
            return std::nullopt;
        *target = *nanos;
    }
    forecast.currency = object.value(QStringLiteral("currency")).toString();
    forecast.month =
        QDate::fromString(object.value(QStringLiteral("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
    forecast.daysObserved = object.value(QStringLiteral("days_observed")).toInt();
    forecast.daysProjected = object.value(QStringLiteral("days_projected")).toInt();
    forecast.method = object.value(QStringLiteral("method")).toString();
    return forecast;
}

} // namespace adp::shared::costs
