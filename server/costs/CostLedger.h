#pragma once

#include "UsageLedger.h"
#include "shared/costs/CostBreakdown.h"
#include "storage/Database.h"

#include <functional>

namespace adp::server::costs {

// Reads what an organisation's imported bills cost, summed by day and by one dimension, in one
// statement on either backend; money summed as integers (billionths), never as floating point.
// ADP's own usage, priced (UsageLedger), follows the bills: provider ADP, category Usage, placed
// in its project (and environment), with the executor class as a dimension of its own.
class CostLedger
{
public:
    explicit CostLedger(storage::Database &database)
        : m_database(database)
    {
    }

    // The currency of the organisation's newest import, else its price list's; empty when neither.
    QString newestCurrency(qint64 organisationId);

    // Each (day since the epoch, key, label, nanos) of the query's period, dimension and filters.
    using DayVisitor = std::function<void(qint64 day, const QString &key, const QString &label, qint64 nanos)>;
    void forEachDay(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                    const DayVisitor &visit);

    // Each line of the period (filters applied), in the order of the imports: its times, money,
    // kind and attribution as text, in the columns of kLineColumns.
    static const QStringList &lineColumns();
    void forEachLine(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                     const storage::RowVisitor &visit);
    // Sums per day and placement (project, environment, team) and provider, service and category.
    static const QStringList &dailyColumns();
    void forEachDailyTotal(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                           const storage::RowVisitor &visit);

    // What a dimension is in SQL over lines `l`, kinds `k` and their projects, environments and teams.
    static QString keyOf(const QString &dimension);
    // What a dimension is for a usage cost: its key and its label.
    static QString keyOf(const QString &dimension, const UsageLedger::Cost &cost);
    static QString labelOf(const QString &dimension, const UsageLedger::Cost &cost);
    // Whether a usage cost passes the query's filters.
    static bool matches(const shared::costs::CostQuery &query, const UsageLedger::Cost &cost);

    // The period's costliest bill lines (filters applied), at most `limit`, the costliest first;
    // and how many there are and what they come to, all of them.
    struct BillLine
    {
        qint64 chargeStartMs = 0;
        QString service;
        QString sku;
        QString resource;
        QString project;     // slug, or empty
        QString environment; // project/name, or empty
        qint64 nanos = 0;
    };
    void forEachCostliestLine(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                              int limit, const std::function<void(const BillLine &)> &visit);
    std::pair<int, qint64> lineTotals(qint64 organisationId, const shared::costs::CostQuery &query,
                                      const QString &currency);
    // The usage costs of the query's period that pass its filters.
    void forEachUsageCost(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency,
                          const UsageLedger::Visitor &visit);

private:
    // FROM ... WHERE ... for the query's lines (period, currency, filters), and its parameters.
    static std::pair<QString, storage::SqlParams> linesOf(qint64 organisationId, const shared::costs::CostQuery &query,
                                                          const QString &currency);

    storage::Database &m_database;
    UsageLedger m_usage{m_database};
};

} // namespace adp::server::costs
