#pragma once

#include "CostPriceRepository.h"
#include "access/Authorizer.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/ServiceError.h"

namespace adp::server::costs {

// An organisation's price list for what ADP measures (cost.price.* in the permission table:
// members read it, admins add and withdraw prices). The past is never repriced: a new price
// starts tomorrow or later, or before the meter's first price (pricing days that had none), and
// only a price that has not yet taken effect may be withdrawn. One currency per price list. Audited.
class CostPrices
{
public:
    struct Dependencies
    {
        storage::Database &database;
        CostPriceRepository &prices;
        const access::Authorizer &authorizer;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit CostPrices(Dependencies dependencies)
        : m(dependencies)
    {
    }

    using Price = shared::costs::CostPrice;
    using Fields = shared::costs::CostPriceFields;

    Outcome<QList<Price>> list(const MutationContext &context, const QString &organisation);
    Outcome<Price> create(const MutationContext &context, const QString &organisation, const Fields &fields,
                          const shared::FieldErrors &invalid);
    Outcome<Unit> remove(const MutationContext &context, const QString &organisation, qint64 id);

private:
    using Stored = CostPriceRepository::Stored;
    // Why `added` may not join `existing` (the list as it is, read under the organisation's lock).
    std::optional<ServiceError> refusalOf(const Stored &added, const QList<Stored> &existing) const;
    qint64 today() const;
    static QJsonObject summary(const Stored &stored);

    Dependencies m;
};

} // namespace adp::server::costs
