#pragma once

#include "ClusterDayCosts.h"
#include "CostPriceRepository.h"
#include "PriceList.h"
#include "storage/Database.h"

#include <QHash>
#include <functional>
#include <map>
#include <optional>

namespace adp::server::costs {

// What ADP's own usage cost, day by day: job run time by executor class, what job pods reserved,
// what connected clusters' workloads took (and their idle capacity, the cluster's project's), and
// the files projects keep, each priced by the organisation's price list as it stood that day.
// Usage without a price that day costs nothing here (it is not a cost ADP can know). What the
// organisation's models cost is recorded as charged (meter ai.tokens) and needs no price.
class UsageLedger
{
public:
    explicit UsageLedger(storage::Database &database)
        : m_database(database)
    {
    }

    // One meter's cost for a project (and environment) on a day.
    struct Cost
    {
        qint64 day = 0; // since the epoch, UTC
        QString projectSlug;
        QString projectName;
        QString environment; // project/name, or empty
        QString environmentName;
        QString meter;
        double quantity = 0; // in the meter's unit
        qint64 nanos = 0;
    };
    using Visitor = std::function<void(const Cost &cost)>;
    // The costs of days [fromDay, toDay) in `currency` (none when the prices are in another).
    void forEachCost(qint64 organisationId, qint64 fromDay, qint64 toDay, const QString &currency,
                     const Visitor &visit);
    // The currency of the organisation's prices (else of what its models cost); empty when neither.
    QString currencyOf(qint64 organisationId);

    // One run (attempt) of a job and what its usage cost.
    struct JobRunCost
    {
        qint64 jobId = 0;
        qint64 projectId = 0;
        QString jobName;
        QString projectSlug;
        QString projectName;
        QString environment; // project/name, or empty
        QString executor;
        qint64 day = 0;
        int attempt = 1;
        qint64 runMs = 0;
        qint64 nanos = 0;
    };
    // Each run of the days [fromDay, toDay) in `currency`, of one project (0, or `projectSlug`
    // empty: all of the organisation's).
    void forEachJobRun(qint64 organisationId, qint64 projectId, qint64 fromDay, qint64 toDay, const QString &currency,
                       const std::function<void(const JobRunCost &)> &visit, const QString &projectSlug = {});
    // A meter's price per unit on a day in `currency`, if the organisation set one.
    std::optional<qint64> priceOn(qint64 organisationId, const QString &meter, qint64 day, const QString &currency);

    PriceList priceList(qint64 organisationId, const QString &currency)
    {
        return PriceList(m_prices, organisationId, currency);
    }

private:
    // What the organisation's models cost, recorded when each answer ended (ai_requests).
    void forEachModelCost(qint64 organisationId, qint64 fromDay, qint64 toDay, const QString &currency,
                          const Visitor &visit);
    // What the clusters' namespaces took, where attributed, and each cluster's idle capacity.
    void forEachClusterCost(qint64 organisationId, qint64 fromDay, qint64 toDay, const PriceList &prices,
                            const Visitor &visit);

    storage::Database &m_database;
    CostPriceRepository m_prices{m_database};
    ClusterCostRepository m_clusters{m_database};
};

} // namespace adp::server::costs
