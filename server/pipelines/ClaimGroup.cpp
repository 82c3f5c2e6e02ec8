#include "ClaimGroup.h"

namespace adp::server::pipelines {

std::optional<JobStore::ClaimedAtOnce> ClaimGroup::claim(const QString &worker, qint64 leaseUntilMs, qint64 nowMs)
{
    Ticket ticket{{worker, leaseUntilMs}, std::nullopt, nullptr};
    m_claims.submit(ticket, [this, nowMs](const std::vector<Ticket *> &group) { claimFor(group, nowMs); });
    if (ticket.error)
        std::rethrow_exception(ticket.error);
    return ticket.claimed;
}

void ClaimGroup::claimFor(const std::vector<Ticket *> &group, qint64 nowMs)
{
    try {
        if (group.size() == 1) {
            Ticket &alone = *group.front();
            alone.claimed = m_jobs.claimOldestFree(alone.claim.worker, alone.claim.leaseUntilMs, nowMs);
            return;
        }
        QList<JobStore::WorkerClaim> claims;
        for (const Ticket *ticket : group)
            claims.append(ticket->claim);
        const QList<std::optional<JobStore::ClaimedAtOnce>> answers = m_jobs.claimOldestFreeFor(claims, nowMs);
        for (size_t i = 0; i < group.size(); ++i)
            group[i]->claimed = answers.value(qsizetype(i));
    } catch (...) {
        // The statement's failure is every member's, as a claim of its own would have met it.
        for (Ticket *ticket : group)
            ticket->error = std::current_exception();
    }
}

} // namespace adp::server::pipelines
