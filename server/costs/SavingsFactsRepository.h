#pragma once

#include "shared/costs/CostSavings.h"
#include "storage/Database.h"

namespace adp::server::costs {

// What savings are weighed on, read where it is kept: environments and when each was last
// deployed to, and the artifacts and caches a project keeps. Reads only.
class SavingsFactsRepository
{
public:
    explicit SavingsFactsRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // The organisation's environments (of one project; 0: all), without their costs.
    QList<shared::costs::SavingsFacts::Environment> environments(qint64 organisationId, qint64 projectId);
    // Per project: artifacts that never expire from files older than `beforeMs`, and caches last
    // saved before it; `meter` says which.
    QList<shared::costs::SavingsFacts::Stored> staleArtifacts(qint64 organisationId, qint64 projectId, qint64 beforeMs);
    QList<shared::costs::SavingsFacts::Stored> staleCaches(qint64 organisationId, qint64 projectId, qint64 beforeMs);

private:
    QList<shared::costs::SavingsFacts::Stored> stored(const QString &sql, const QString &meter, qint64 organisationId,
                                                      qint64 projectId, qint64 beforeMs);

    storage::Database &m_database;
};

} // namespace adp::server::costs
