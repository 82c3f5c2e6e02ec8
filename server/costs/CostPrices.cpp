#include "CostPrices.h"

#include "CostImportRepository.h"
#include "shared/costs/Money.h"

namespace adp::server::costs {

using shared::FieldErrors;

namespace {
const QString kTarget = QStringLiteral("cost_price");
const QString kWhat = QStringLiteral("Price");
using shared::costs::kDayMs;
} // namespace

qint64 CostPrices::today() const
{
    return m.clock.nowMs() / kDayMs;
}

QJsonObject CostPrices::summary(const Stored &stored)
{
    QJsonObject json = stored.price.toJson();
    json.remove(QStringLiteral("id"));
    json.remove(QStringLiteral("organisation"));
    json.remove(QStringLiteral("valid_until"));
    json.remove(QStringLiteral("created_by"));
    json.remove(QStringLiteral("created_at"));
    json.insert(QStringLiteral("organisation_id"), stored.organisationId);
    return json;
}

std::optional<ServiceError> CostPrices::refusalOf(const Stored &added, const QList<Stored> &existing) const
{
    std::optional<qint64> firstDay;
    for (const Stored &other : existing) {
        if (other.price.currency != added.price.currency)
            return ServiceError::conflict(
                QStringLiteral("this organisation's prices are in %1; a price list has one currency")
                    .arg(other.price.currency),
                {shared::invalidField(QStringLiteral("currency"),
                                      QStringLiteral("must be %1, as the other prices").arg(other.price.currency))});
        if (other.price.meter != added.price.meter)
            continue;
        if (other.fromDay == added.fromDay)
            return ServiceError::conflict(QStringLiteral("%1 already has a price from %2")
                                              .arg(added.price.meter, added.price.validFrom.toString(Qt::ISODate)));
        firstDay = std::min(firstDay.value_or(other.fromDay), other.fromDay);
    }
    // Days already priced keep their price: only days to come, or days no price covered yet.
    if (added.fromDay <= today() && firstDay && added.fromDay > *firstDay)
        return ServiceError::validation({shared::invalidField(
            QStringLiteral("valid_from"),
            QStringLiteral("must be tomorrow or later (a price in effect is never changed), or before %1, the "
                           "meter's first price")
                .arg(CostPriceRepository::dateOf(*firstDay).toString(Qt::ISODate)))});
    return std::nullopt;
}

Outcome<QList<CostPrices::Price>> CostPrices::list(const MutationContext &context, const QString &organisation)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.price.list"));
    if (!access.ok())
        return access.error();
    QList<Price> prices;
    for (Stored stored : m.prices.list(access.value().organisationId)) {
        stored.price.organisation = access.value().slug;
        prices.append(stored.price);
    }
    return prices;
}

Outcome<CostPrices::Price> CostPrices::create(const MutationContext &context, const QString &organisation,
                                              const Fields &fields, const FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.price.create"));
    if (!access.ok())
        return access.error();
    FieldErrors errors = invalid;
    const Fields::Checked checked = fields.check(errors);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    Stored stored;
    stored.organisationId = access.value().organisationId;
    stored.fromDay = CostPriceRepository::dayOf(checked.validFrom);
    Price &price = stored.price;
    price.organisation = access.value().slug;
    price.meter = *fields.meter;
    price.unit = shared::costs::CostMeter::unitOf(price.meter);
    price.currency = *fields.currency;
    price.unitNanos = checked.unitNanos;
    price.validFrom = checked.validFrom;
    price.createdBy = context.actor.username;
    const qint64 now = m.clock.nowMs();
    price.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);

    storage::Transaction tx(m.database);
    CostImportRepository::lockOrganisation(tx, stored.organisationId); // one price list change at a time
    const QList<Stored> existing = CostPriceRepository::list(tx, stored.organisationId);
    if (const auto refusal = refusalOf(stored, existing))
        return *refusal;
    price.id = CostPriceRepository::insert(tx, stored, now);
    for (const Stored &other : existing) {
        if (other.price.meter == price.meter && other.fromDay > stored.fromDay &&
            (!price.validUntil.isValid() || other.price.validFrom < price.validUntil))
            price.validUntil = other.price.validFrom;
    }
    m.audit.record(tx, context,
                   {QStringLiteral("cost_price.created"), kTarget, QString::number(price.id), {}, summary(stored)});
    tx.commit();
    return price;
}

Outcome<Unit> CostPrices::remove(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.price.delete"));
    if (!access.ok())
        return access.error();
    const auto current = m.prices.find(access.value().organisationId, id);
    if (!current)
        return ServiceError::notFound(kWhat);
    if (current->fromDay <= today())
        return ServiceError::conflict(
            QStringLiteral("this price took effect on %1 and stays; add a new price to change it from a day to come")
                .arg(current->price.validFrom.toString(Qt::ISODate)));
    storage::Transaction tx(m.database);
    CostImportRepository::lockOrganisation(tx, current->organisationId);
    CostPriceRepository::remove(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("cost_price.deleted"), kTarget, QString::number(id), summary(*current), {}});
    tx.commit();
    return Unit{};
}

} // namespace adp::server::costs
