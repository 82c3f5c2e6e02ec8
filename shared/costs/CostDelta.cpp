#include "CostDelta.h"

#include "Money.h"
#include "shared/core/ApiTime.h"

namespace adp::shared::costs {

int DeploymentCostDelta::daysOf(const QUrlQuery &query, FieldErrors &errors)
{
    int days = kDefaultDays;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"days") {
            errors.append({key, QString::fromLatin1(fieldcodes::UnknownField), QStringLiteral("is not a parameter")});
            continue;
        }
        bool numeric = false;
        days = value.toInt(&numeric);
        if (!numeric || days < 1 || days > kMaxDays) {
            errors.append(invalidField(key, QStringLiteral("must be a number of days from 1 to %1").arg(kMaxDays)));
            days = kDefaultDays;
        }
    }
    return days;
}

QJsonObject DeploymentCostDelta::toJson() const
{
    return {{QStringLiteral("iid"), iid},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("deployed_at"), toApiTime(deployedAt)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("days_before"), daysBefore},
            {QStringLiteral("days_after"), daysAfter},
            {QStringLiteral("before_daily"), decimalOfNanos(beforeDailyNanos)},
            {QStringLiteral("after_daily"), decimalOfNanos(afterDailyNanos)},
            {QStringLiteral("delta_daily"), decimalOfNanos(deltaDailyNanos())},
            {QStringLiteral("note"), note}};
}

std::optional<DeploymentCostDelta> DeploymentCostDelta::fromJson(const QJsonObject &object)
{
    const auto before = nanosOfDecimal(object.value(QStringLiteral("before_daily")).toString());
    const auto after = nanosOfDecimal(object.value(QStringLiteral("after_daily")).toString());
    if (!before || !after)
        return std::nullopt;
    DeploymentCostDelta delta;
    delta.iid = object.value(QStringLiteral("iid")).toInteger();
    delta.environment = object.value(QStringLiteral("environment")).toString();
    delta.deployedAt = fromApiTime(object.value(QStringLiteral("deployed_at")).toString());
    delta.currency = object.value(QStringLiteral("currency")).toString();
    delta.daysBefore = object.value(QStringLiteral("days_before")).toInt();
    delta.daysAfter = object.value(QStringLiteral("days_after")).toInt();
    delta.beforeDailyNanos = *before;
    delta.afterDailyNanos = *after;
    delta.note = object.value(QStringLiteral("note")).toString();
    return delta;
}

} // namespace adp::shared::costs
