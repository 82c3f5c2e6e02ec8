#include "EndGroup.h"

#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <map>

namespace adp::server::pipelines {

EndGroup::Outcome EndGroup::run(const End &end)
{
    Ticket ticket{&end, {}, nullptr};
    m_ends.submit(ticket, [this](const std::vector<Ticket *> &group) { runGroup(group); });
    if (ticket.error)
        std::rethrow_exception(ticket.error);
    return ticket.outcome;
}

bool EndGroup::apply(storage::Transaction &tx, const std::vector<Ticket *> &tickets)
{
    QList<std::pair<const JobStore::JobChange *, qint64>> changes;
    for (const Ticket *ticket : tickets)
        changes.append({ticket->end->change, ticket->end->pipelineId});
    const JobStore::ChangedJobs changed = m_jobs.changeJobs(tx, changes);
    const qint64 now = m_clock.nowMs();
    std::map<qint64, Ticket *> lastOfPipeline; // in pipeline order
    for (size_t i = 0; i < tickets.size(); ++i) {
        Ticket &ticket = *tickets[i];
        const End &end = *ticket.end;
        ticket.outcome = {};
        if (!changed.applied.at(qsizetype(i)))
            continue;
        const auto pipeline = changed.pipelines.constFind(end.pipelineId);
        if (pipeline == changed.pipelines.constEnd())
            return false;
        ticket.outcome.changed = true;
        ticket.outcome.changes =
            PipelineProgress::jobChanged(end.pipelineId, pipeline->projectId, end.jobId, end.newStatus);
        if (end.ended)
            m_usage.record(tx, end.jobId, end.ended->first, end.ended->second, now);
        lastOfPipeline[end.pipelineId] = &ticket;
    }
    // Each pipeline moved on once, its changes carried (and published) by its last end.
    for (const auto &[pipelineId, last] : lastOfPipeline) {
        PipelineProgress::Changes moved = m_progress.advance(tx, changed.pipelines.value(pipelineId));
        moved.jobs.prepend(last->outcome.changes.jobs.constFirst());
        last->outcome.changes = std::move(moved);
    }
    claimNext(tx, tickets, now);
    return true;
}

void EndGroup::claimNext(storage::Transaction &tx, const std::vector<Ticket *> &tickets, qint64 nowMs)
{
    std::vector<Ticket *> claiming;
    QList<JobStore::WorkerClaim> claims;
    for (Ticket *ticket : tickets) {
        if (ticket->outcome.changed && ticket->end->next) {
            claiming.push_back(ticket);
            claims.append(*ticket->end->next);
        }
    }
    if (claims.isEmpty())
        return;
    const QList<std::optional<JobStore::ClaimedAtOnce>> answers = m_jobs.claimOldestFreeFor(tx, claims, nowMs);
    for (size_t i = 0; i < claiming.size(); ++i)
        claiming[i]->outcome.next = answers.value(qsizetype(i));
}

void EndGroup::runAlone(Ticket &ticket)
{
    try {
        storage::Transaction tx(m_database);
        if (apply(tx, {&ticket}) && ticket.outcome.changed)
            tx.commit();
        else
            ticket.outcome = {};
    } catch (...) {
        ticket.outcome = {};
        ticket.error = std::current_exception();
    }
}

void EndGroup::runGroup(const std::vector<Ticket *> &group)
{
    if (group.size() == 1) {
        runAlone(*group.front());
        return;
    }
    std::vector<Ticket *> ordered = group;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Ticket *a, const Ticket *b) {
        return std::pair(a->end->pipelineId, a->end->jobId) < std::pair(b->end->pipelineId, b->end->jobId);
    });
    std::exception_ptr commitFailure;
    try {
        storage::Transaction tx(m_database);
        if (apply(tx, ordered)) {
            try {
                tx.commit();
                return;
            } catch (const storage::StorageError &error) {
                if (error.kind() != storage::StorageError::Kind::Unavailable)
                    throw; // refused (a deferred write failed): nothing was kept, each runs alone
                commitFailure = std::current_exception(); // lost: each end's, as its own COMMIT's would be
            }
        }
    } catch (...) {
        // The group kept nothing: each end runs again alone below, and meets its own failure.
    }
    for (Ticket *ticket : ordered) {
        if (commitFailure) {
            ticket->outcome = {};
            ticket->error = commitFailure;
        } else {
            runAlone(*ticket);
        }
    }
}

} // namespace adp::server::pipelines
