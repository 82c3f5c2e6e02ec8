#pragma once

#include "CostLedger.h"
#include "access/Authorizer.h"
#include "core/Clock.h"
#include "core/ServiceError.h"

namespace adp::server::costs {

// What an organisation's costs come to: broken down by a dimension in days, weeks or months, and
// the period at a glance against the one before. Members may read (cost.read).
class CostAnalysis
{
public:
    CostAnalysis(CostLedger &ledger, const access::Authorizer &authorizer, const Clock &clock)
        : m_ledger(ledger)
        , m_authorizer(authorizer)
        , m_clock(clock)
    {
    }
    static constexpr int kForecastWindowDays = 28; // four of each weekday

    // The month of `query.from` (CostQuery::fromMonthQuery; filters and currency as for a breakdown).
    Outcome<shared::costs::CostForecast> forecast(const MutationContext &context, const QString &organisation,
                                                  shared::costs::CostQuery query, const shared::FieldErrors &invalid);

    // What the query's period comes to in `currency`, asked by the server itself (budgets).
    qint64 totalOf(qint64 organisationId, const shared::costs::CostQuery &query, const QString &currency)
    {
        return compute(organisationId, query, currency).totalNanos;
    }
    // The same for any period [query.from, query.to) in `currency`, asked by the server itself (budgets).
    shared::costs::CostForecast projected(qint64 organisationId, shared::costs::CostQuery query,
                                          const QString &currency);

    // `invalid`: what was wrong with the question, told only to those who may ask it.
    Outcome<shared::costs::CostBreakdown> breakdown(const MutationContext &context, const QString &organisation,
                                                    const shared::costs::CostQuery &query,
                                                    const shared::FieldErrors &invalid);
    Outcome<shared::costs::CostSummary> summary(const MutationContext &context, const QString &organisation,
                                                shared::costs::CostQuery query, const shared::FieldErrors &invalid);

    // The starts of the steps of [from, to) for an interval: from, then each Monday (week) or
    // first of a month (month) after it; one step for none.
    static QList<QDateTime> stepsOf(const QDateTime &from, const QDateTime &to, const QString &interval);

private:
    struct Asked
    {
        qint64 organisationId = 0;
        QString currency; // asked for, or the newest import's
    };
    // Who may ask, and whether the question is good: the organisation and currency it is about.
    Outcome<Asked> asked(const MutationContext &context, const QString &organisation,
                         const shared::costs::CostQuery &query, const shared::FieldErrors &invalid);
    shared::costs::CostBreakdown compute(qint64 organisationId, const shared::costs::CostQuery &query,
                                         const QString &currency);

    CostLedger &m_ledger;
    const access::Authorizer &m_authorizer;
    const Clock &m_clock;
};

} // namespace adp::server::costs
