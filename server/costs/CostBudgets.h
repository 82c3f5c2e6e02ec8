#pragma once

#include "CostAnalysis.h"
#include "CostBudgetRepository.h"
#include "CostRuleRepository.h"
#include "access/Authorizer.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/ServiceError.h"
#include "ports/RuleChannels.h"

namespace adp::server::costs {

// An organisation's budgets (cost.budget.* in the permission table: members read them, admins
// edit them), each shown with where it stands: its current period, spend so far (bills and priced
// usage, billed cost, in its currency), the period's forecast and the alerts fired. Audited.
class CostBudgets
{
public:
    struct Dependencies
    {
        storage::Database &database;
        CostBudgetRepository &budgets;
        CostRuleRepository &names; // a target's project, environment or team
        CostAnalysis &analysis;
        ports::RuleChannels &rules;
        const access::Authorizer &authorizer;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit CostBudgets(Dependencies dependencies)
        : m(dependencies)
    {
    }

    using Budget = shared::costs::CostBudget;
    using Fields = shared::costs::CostBudgetFields;
    using Stored = CostBudgetRepository::Stored;

    Outcome<QList<Budget>> list(const MutationContext &context, const QString &organisation);
    Outcome<Budget> get(const MutationContext &context, const QString &organisation, qint64 id);
    Outcome<Budget> create(const MutationContext &context, const QString &organisation, const Fields &fields,
                           const shared::FieldErrors &invalid);
    Outcome<Budget> update(const MutationContext &context, const QString &organisation, qint64 id, const Fields &fields,
                           const shared::FieldErrors &invalid);
    Outcome<Unit> remove(const MutationContext &context, const QString &organisation, qint64 id);

    // The budget's period that holds `today`, or the custom period itself; invalid dates when a
    // custom period has not begun.
    static std::pair<QDate, QDate> periodOf(const Budget &budget, const QDate &today);
    // Where it stands now (alerts included); what the watcher checks thresholds against.
    shared::costs::BudgetStatus statusOf(const Stored &stored);

private:
    Outcome<Stored> merged(const MutationContext &context, Stored stored, const Fields &fields,
                           shared::FieldErrors errors, bool creating);
    static QJsonObject summary(const Stored &stored);
    Budget presented(const Stored &stored, const QString &organisation);

    Dependencies m;
};

} // namespace adp::server::costs
