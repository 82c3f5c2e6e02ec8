#pragma once

#include "CostAttribution.h"
#include "shared/costs/CostRule.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::costs {

// The cost_rules table: an organisation's attribution rules, in position order.
class CostRuleRepository
{
public:
    struct Stored
    {
        shared::costs::CostRule rule; // names of its project, environment and team filled in
        qint64 organisationId = 0;
        qint64 projectId = 0;
        qint64 environmentId = 0;
        qint64 teamId = 0;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };

    explicit CostRuleRepository(storage::Database &database)
        : m_database(database)
    {
    }

    QList<Stored> list(qint64 organisationId);
    std::optional<Stored> find(qint64 organisationId, qint64 id);
    static qint64 insert(storage::Transaction &tx, const Stored &stored);
    static void update(storage::Transaction &tx, const Stored &stored);
    static void remove(storage::Transaction &tx, qint64 id);
    // The rules as the importer applies them, read within the transaction that applies them.
    static CostAttribution attribution(storage::Transaction &tx, qint64 organisationId);

    // Names to ids within the organisation: 0 when there is none such.
    qint64 projectNamed(qint64 organisationId, const QString &slug);
    qint64 environmentNamed(qint64 projectId, const QString &name);
    qint64 teamNamed(qint64 organisationId, const QString &slug);

private:
    static QList<Stored> fromRows(const storage::ResultSet &rows);

    storage::Database &m_database;
};

} // namespace adp::server::costs
