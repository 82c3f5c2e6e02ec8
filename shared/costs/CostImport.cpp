#include "CostImport.h"

#include "Money.h"
#include "shared/core/ApiTime.h"

#include <QJsonArray>

namespace adp::shared::costs {

QJsonObject CostImport::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("organisation"), organisation},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("providers"), QJsonArray::fromStringList(providers)},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("period_start"), toApiTime(periodStart)},
                       {QStringLiteral("period_end"), toApiTime(periodEnd)},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("billed_cost"), decimalOfNanos(billedNanos)},
                       {QStringLiteral("effective_cost"), decimalOfNanos(effectiveNanos)},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("imported_by"), importedBy},
                       {QStringLiteral("imported_at"), toApiTime(importedAt)}};
    if (replaced > 0)
        object.insert(QStringLiteral("replaced"), replaced);
    return object;
}

std::optional<CostImport> CostImport::fromJson(const QJsonObject &object)
{
    const auto billed = nanosOfDecimal(object.value(QStringLiteral("billed_cost")).toString());
    const auto effective = nanosOfDecimal(object.value(QStringLiteral("effective_cost")).toString());
    if (!object.value(QStringLiteral("id")).isDouble() || !billed || !effective)
        return std::nullopt;
    CostImport result;
    result.id = object.value(QStringLiteral("id")).toInteger();
    result.organisation = object.value(QStringLiteral("organisation")).toString();
    result.source = object.value(QStringLiteral("source")).toString();
    for (const QJsonValue &provider : object.value(QStringLiteral("providers")).toArray())
        result.providers.append(provider.toString());
    result.currency = object.value(QStringLiteral("currency")).toString();
    result.periodStart = fromApiTime(object.value(QStringLiteral("period_start")).toString());
    result.periodEnd = fromApiTime(object.value(QStringLiteral("period_end")).toString());
    result.lines = object.value(QStringLiteral("lines")).toInteger();
    result.billedNanos = *billed;
    result.effectiveNanos = *effective;
    result.sha256 = object.value(QStringLiteral("sha256")).toString();
    result.importedBy = object.value(QStringLiteral("imported_by")).toString();
    result.importedAt = fromApiTime(object.value(QStringLiteral("imported_at")).toString());
    result.replaced = object.value(QStringLiteral("replaced")).toInteger();
    return result;
}

} // namespace adp::shared::costs
