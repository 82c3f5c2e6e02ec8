#pragma once

#include "ClusterCosts.h"
#include "CostLedger.h"
#include "SavingsFactsRepository.h"
#include "UsageLedger.h"
#include "access/Authorizer.h"
#include "core/Clock.h"
#include "core/ServiceError.h"
#include "ports/JobHistory.h"
#include "ports/ProjectDirectory.h"
#include "ports/ProjectSavings.h"

namespace adp::server::costs {

// Ways to spend less over the last 30 days, each with what it saves a month (SavingsAdvisor
// weighs; this gathers): environments' costs from the ledger, jobs' runs priced, the projects'
// own pipeline advice, stale files at the storage prices, cluster workloads' requests against the
// p95 of their usage. Members may read (cost.read).
class SavingsAdvice : public ports::ProjectSavings
{
public:
    static constexpr int kWindowDays = 30;
    static constexpr int kPipelinesExamined = 200;

    struct Dependencies
    {
        storage::Database &database;
        CostLedger &ledger;
        SavingsFactsRepository &facts;
        ClusterCosts &clusters;
        ports::ProjectDirectory &projects;
        ports::JobHistory &jobs;
        const access::Authorizer &authorizer;
        const Clock &clock;
    };

    explicit SavingsAdvice(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::costs::CostSavings> advise(const MutationContext &context, const QString &organisation,
                                               const shared::costs::SavingsQuery &query,
                                               const shared::FieldErrors &invalid);
    shared::costs::CostSavings savingsOf(qint64 organisationId, qint64 projectId) override;

private:
    shared::costs::CostSavings compute(qint64 organisationId, const std::optional<ports::ProjectEntry> &project,
                                       const shared::costs::SavingsQuery &query);
    // Each environment's cost over the window, by project/name.
    QHash<QString, qint64> environmentCosts(qint64 organisationId, const QString &project,
                                            const shared::costs::CostQuery &window, const QString &currency);
    // Each job's runs over the window, priced, with its project's pipeline advice.
    QList<shared::costs::SavingsFacts::Job> jobCosts(qint64 organisationId, qint64 projectId, qint64 fromDay,
                                                     qint64 toDay, const QString &currency);

    Dependencies m;
    UsageLedger m_usage{m.database};
};

} // namespace adp::server::costs
