#pragma once

#include "CostBudgets.h"
#include "events/Event.h"
#include "ports/Housekeeping.h"

#include <QHash>
#include <QMutex>

namespace adp::server::costs {

// Checks every budget against its thresholds (a chore of the scheduler's leader, once a minute):
// a threshold crossed by actual spend, or by the forecast when the budget asks, fires once per
// period (the alert's key keeps it so across replicas and restarts), is audited, reaches the
// organisation's members live (the desktop's tray) and is sent through the budget's notification
// rule; a send that may succeed later is tried again on later passes, up to kMaxAttempts.
class BudgetWatcher : public ports::Housekeeping
{
public:
    static constexpr int kMaxAttempts = 5;

    struct Dependencies
    {
        storage::Database &database;
        CostBudgetRepository &budgets;
        CostBudgets &service;
        ports::RuleChannels &rules;
        events::EventPublisher &events;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit BudgetWatcher(Dependencies dependencies)
        : m(dependencies)
    {
    }

    void tidy() override;
    // Fires what is due; how many alerts fired. A budget whose inputs (and itself) have not changed
    // since it was last weighed is not weighed again.
    int check();
    int lastWeighed() const; // how many budgets the last check weighed
    // Sends what waits; how many were settled (sent, or failed for good).
    int deliver();

    static ports::ChannelMessage messageOf(const shared::costs::CostBudget &budget,
                                           const shared::costs::BudgetStatus &status,
                                           const shared::costs::BudgetAlert &alert);

private:
    int fire(const CostBudgetRepository::Stored &stored, const shared::costs::BudgetStatus &status);

    Dependencies m;
    mutable QMutex m_mutex;             // the scheduler's pass and a test's may meet
    QHash<qint64, QString> m_weighedAt; // budget id -> the inputs' version it was last weighed at
    int m_lastWeighed = 0;
};

} // namespace adp::server::costs
