#include "CostLines.h"

#include "Money.h"

#include <QJsonArray>

namespace adp::shared::costs {

QJsonObject CostLine::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("day"), day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("what"), what},
            {QStringLiteral("project"), project},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("service"), service},
            {QStringLiteral("cost"), decimalOfNanos(costNanos)}};
}

std::optional<CostLine> CostLine::fromJson(const QJsonObject &object)
{
    const auto cost = nanosOfDecimal(object.value(QStringLiteral("cost")).toString());
    if (!cost)
        return std::nullopt;
    return CostLine{object.value(QStringLiteral("source")).toString(),
                    QDate::fromString(object.value(QStringLiteral("day")).toString(), Qt::ISODate),
                    object.value(QStringLiteral("what")).toString(),
                    object.value(QStringLiteral("project")).toString(),
                    object.value(QStringLiteral("environment")).toString(),
                    object.value(QStringLiteral("service")).toString(),
                    *cost};
}

int CostLines::limitOf(QUrlQuery &query, FieldErrors &errors)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return kDefaultLimit;
    bool numeric = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&numeric);
    query.removeAllQueryItems(QStringLiteral("limit"));
    if (!numeric || limit < 1 || limit > kMaxLimit)
        errors.append(
            invalidField(QStringLiteral("limit"), QStringLiteral("must be a number from 1 to %1").arg(kMaxLimit)));
    return limit;
}

QJsonObject CostLines::toJson() const
{
    QJsonArray rows;
    for (const CostLine &line : lines)
        rows.append(line.toJson());
    QJsonArray filters;
    for (const auto &[dimension, value] : query.filters)
        filters.append(QJsonObject{{QStringLiteral("dimension"), dimension}, {QStringLiteral("value"), value}});
    return {{QStringLiteral("organisation"), organisation},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("from"), query.from.date().toString(Qt::ISODate)},
            {QStringLiteral("to"), query.to.date().toString(Qt::ISODate)},
            {QStringLiteral("metric"), query.metric},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("limit"), limit},
            {QStringLiteral("found"), found},
            {QStringLiteral("truncated"), truncated()},
            {QStringLiteral("total_cost"), decimalOfNanos(totalNanos)},
            {QStringLiteral("lines"), rows}};
}

std::optional<CostLines> CostLines::fromJson(const QJsonObject &object)
{
    CostLines lines;
    lines.organisation = object.value(QStringLiteral("organisation")).toString();
    lines.currency = object.value(QStringLiteral("currency")).toString();
    lines.query.from =
        QDate::fromString(object.value(QStringLiteral("from")).toString(), Qt::ISODate).startOfDay(Qt::UTC);
    lines.query.to = QDate::fromString(object.value(QStringLiteral("to")).toString(), Qt::ISODate).startOfDay(Qt::UTC);
    lines.query.metric = object.value(QStringLiteral("metric")).toString();
    for (const QJsonValue &filter : object.value(QStringLiteral("filters")).toArray())
        lines.query.filters.append({filter.toObject().value(QStringLiteral("dimension")).toString(),
                                    filter.toObject().value(QStringLiteral("value")).toString()});
    lines.limit = object.value(QStringLiteral("limit")).toInt();
    lines.found = object.value(QStringLiteral("found")).toInt();
    const auto total = nanosOfDecimal(object.value(QStringLiteral("total_cost")).toString());
    if (!total)
        return std::nullopt;
    lines.totalNanos = *total;
    for (const QJsonValue &row : object.value(QStringLiteral("lines")).toArray()) {
        const auto line = CostLine::fromJson(row.toObject());
        if (!line)
            return std::nullopt;
        lines.lines.append(*line);
    }
    return lines;
}

} // namespace adp::shared::costs
