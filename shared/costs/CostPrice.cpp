#include "CostPrice.h"

#include "Money.h"
#include "shared/core/ApiTime.h"
#include "shared/core/JsonFields.h"
#include "shared/core/TextRules.h"

#include <algorithm>

namespace adp::shared::costs {

namespace {
struct MeterInfo
{
    const char *name;
    const char *unit;
    const char *service;
    const char *executor;
};
constexpr MeterInfo kMeters[] = {
    {"runner.shell", "hour", "CI jobs", "shell"},
    {"runner.bubblewrap", "hour", "CI jobs", "bubblewrap"},
    {"runner.kubernetes", "hour", "CI jobs", "kubernetes"},
    {"kubernetes.cpu", "CPU-hour", "CI jobs", "kubernetes"},
    {"kubernetes.memory", "GiB-hour", "CI jobs", "kubernetes"},
    {"cluster.cpu", "CPU-hour", "Kubernetes clusters", ""},
    {"cluster.memory", "GiB-hour", "Kubernetes clusters", ""},
    {"storage.artifacts", "GB-month", "Artifact storage", ""},
    {"storage.caches", "GB-month", "Cache storage", ""},
    {"storage.logs", "GB-month", "Log storage", ""},
};
// Costs ADP records as they are charged, at the provider's own prices: nothing to price here.
constexpr MeterInfo kRecorded[] = {
    {"ai.tokens", "token", "AI assistants", ""},
};

const MeterInfo *findIn(const MeterInfo *first, const MeterInfo *last, const QString &meter)
{
    const auto *found =
        std::find_if(first, last, [&](const MeterInfo &info) { return meter == QLatin1String(info.name); });
    return found == last ? nullptr : found;
}

const MeterInfo *infoOf(const QString &meter)
{
    if (const MeterInfo *priced = findIn(std::begin(kMeters), std::end(kMeters), meter))
        return priced;
    return findIn(std::begin(kRecorded), std::end(kRecorded), meter);
}
} // namespace

const QStringList &CostMeter::names()
{
    static const QStringList names = [] {
        QStringList list;
        for (const MeterInfo &info : kMeters)
            list.append(QLatin1String(info.name));
        return list;
    }();
    return names;
}

QString CostMeter::unitOf(const QString &meter)
{
    const MeterInfo *info = infoOf(meter);
    return info ? QLatin1String(info->unit) : QString();
}

QString CostMeter::serviceOf(const QString &meter)
{
    const MeterInfo *info = infoOf(meter);
    return info ? QLatin1String(info->service) : QString();
}

QString CostMeter::executorOf(const QString &meter)
{
    const MeterInfo *info = infoOf(meter);
    return info ? QLatin1String(info->executor) : QString();
}

QJsonObject CostPrice::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("meter"), meter},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("price"), decimalOfNanos(unitNanos)},
            {QStringLiteral("valid_from"), validFrom.toString(Qt::ISODate)},
            {QStringLiteral("valid_until"),
             validUntil.isValid() ? QJsonValue(validUntil.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), toApiTime(createdAt)}};
}

std::optional<CostPrice> CostPrice::fromJson(const QJsonObject &object)
{
    const auto nanos = nanosOfDecimal(object.value(QStringLiteral("price")).toString());
    if (!object.value(QStringLiteral("id")).isDouble() || !nanos)
        return std::nullopt;
    CostPrice price;
    price.id = object.value(QStringLiteral("id")).toInteger();
    price.organisation = object.value(QStringLiteral("organisation")).toString();
    price.meter = object.value(QStringLiteral("meter")).toString();
    price.unit = object.value(QStringLiteral("unit")).toString();
    price.currency = object.value(QStringLiteral("currency")).toString();
    price.unitNanos = *nanos;
    price.validFrom = QDate::fromString(object.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    price.validUntil = QDate::fromString(object.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
    price.createdBy = object.value(QStringLiteral("created_by")).toString();
    price.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    return price;
}

CostPriceFields CostPriceFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    CostPriceFields fields;
    fields.meter = reader.string(QStringLiteral("meter"));
    fields.price = reader.string(QStringLiteral("price"));
    fields.currency = reader.string(QStringLiteral("currency"));
    fields.validFrom = reader.string(QStringLiteral("valid_from"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject CostPriceFields::toJson() const
{
    QJsonObject json;
    for (const auto &[key, value] : {std::pair{"meter", meter}, std::pair{"price", price},
                                     std::pair{"currency", currency}, std::pair{"valid_from", validFrom}}) {
        if (value)
            json.insert(QLatin1String(key), *value);
    }
    return json;
}

CostPriceFields::Checked CostPriceFields::check(FieldErrors &errors) const
{
    Checked checked;
    for (const auto &[key, given] :
         {std::pair{"meter", meter.has_value()}, std::pair{"price", price.has_value()},
          std::pair{"currency", currency.has_value()}, std::pair{"valid_from", validFrom.has_value()}}) {
        if (!given)
            errors.append(requiredField(QString::fromLatin1(key)));
    }
    if (meter && !CostMeter::isMeter(*meter))
        errors.append(invalidField(QStringLiteral("meter"),
                                   QStringLiteral("must be one of %1").arg(CostMeter::names().join(u", "))));
    if (price) {
        const auto nanos = nanosOfDecimal(*price);
        if (!nanos || *nanos < 0)
            errors.append(invalidField(QStringLiteral("price"),
                                       QStringLiteral("must be a decimal number of at least 0, such as 0.008")));
        else
            checked.unitNanos = *nanos;
    }
    if (currency && !textrules::isCurrencyCode(*currency))
        errors.append(invalidField(QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code such as USD")));
    if (validFrom) {
        checked.validFrom = QDate::fromString(*validFrom, Qt::ISODate);
        if (!checked.validFrom.isValid() || checked.validFrom.year() < 2000 || checked.validFrom.year() > 2999)
            errors.append(invalidField(QStringLiteral("valid_from"), QStringLiteral("must be a date as YYYY-MM-DD")));
    }
    return checked;
}

} // namespace adp::shared::costs
