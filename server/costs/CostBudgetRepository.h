#pragma once

#include "shared/costs/CostBudget.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::costs {

// The cost_budgets table and each budget's alerts (cost_budget_alerts).
class CostBudgetRepository
{
public:
    struct Stored
    {
        shared::costs::CostBudget budget; // its target named (project slug, project/environment, team slug)
        qint64 organisationId = 0;
        qint64 projectId = 0;
        qint64 environmentId = 0;
        qint64 teamId = 0;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };
    struct StoredAlert
    {
        qint64 budgetId = 0;
        qint64 periodStartDay = 0;
        shared::costs::BudgetAlert alert;
        int attempts = 0;
    };

    explicit CostBudgetRepository(storage::Database &database)
        : m_database(database)
    {
    }

    QList<Stored> list(qint64 organisationId);
    QList<Stored> all(); // of every organisation, for the watcher
    // What an organisation's budgets are weighed from, as a version that changes whenever it may
    // have: bills, rules and prices, job usage, stored files, models' costs, cluster samples, and
    // every audited change (a project or environment gone); cheap enough for every pass.
    QString inputsVersion(qint64 organisationId, qint64 today);
    std::optional<Stored> find(qint64 organisationId, qint64 id);
    std::optional<Stored> findAnywhere(qint64 id);
    QString organisationSlugOf(qint64 organisationId);
    static qint64 insert(storage::Transaction &tx, const Stored &stored);
    static void update(storage::Transaction &tx, const Stored &stored);
    static void remove(storage::Transaction &tx, qint64 id);

    QList<shared::costs::BudgetAlert> alertsOf(qint64 budgetId, qint64 periodStartDay);
    // False when that threshold, period and basis had already fired (the key keeps it once).
    static bool addAlert(storage::Transaction &tx, const StoredAlert &alert);
    QList<StoredAlert> pendingAlerts();
    void settleAlert(const StoredAlert &alert, const QString &delivery, const QString &error);

private:
    static QList<Stored> fromRows(const storage::ResultSet &rows);

    storage::Database &m_database;
};

} // namespace adp::server::costs
