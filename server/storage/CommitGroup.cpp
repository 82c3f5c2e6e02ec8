#include "CommitGroup.h"

#include "StorageError.h"

#include <algorithm>

namespace adp::server::storage {

bool CommitGroup::run(qint64 orderKey, const Unit &unit)
{
    Ticket ticket{orderKey, &unit};
    std::unique_lock lock(m_mutex);
    m_waiting.push_back(&ticket);
    while (!ticket.done) {
        if (m_leading) {
            m_finished.wait(lock);
            continue;
        }
        // Lead: take what waits (this ticket among it, oldest first) up to the group's size.
        m_leading = true;
        const auto taken = m_waiting.begin() + std::min<qsizetype>(m_maxUnits, qsizetype(m_waiting.size()));
        std::vector<Ticket *> group(m_waiting.begin(), taken);
        m_waiting.erase(m_waiting.begin(), taken);
        if (std::find(group.begin(), group.end(), &ticket) == group.end()) {
            // More waited than a group holds and this one came later: let the next leader take it.
            group.push_back(&ticket);
            m_waiting.erase(std::remove(m_waiting.begin(), m_waiting.end(), &ticket), m_waiting.end());
        }
        lock.unlock();
        runGroup(group);
        lock.lock();
        for (Ticket *member : group)
            member->done = true; // under the lock: waiters read it there
        m_leading = false;
        m_finished.notify_all();
    }
    if (ticket.error)
        std::rethrow_exception(ticket.error);
    return ticket.kept;
}

void CommitGroup::runGroup(const std::vector<Ticket *> &group)
{
    if (group.size() == 1) {
        runAlone(*group.front());
        return;
    }
    std::vector<Ticket *> ordered = group;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Ticket *a, const Ticket *b) { return a->orderKey < b->orderKey; });
    bool together = true;
    std::exception_ptr commitFailure;
    try {
        Transaction tx(m_database);
        for (Ticket *ticket : ordered) {
            if (!(*ticket->unit)(tx)) {
                together = false;
                break;
            }
        }
        if (together) {
            try {
                tx.commit();
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Unavailable)
                    throw; // refused (a deferred write failed): nothing was kept, each runs alone
                commitFailure = std::current_exception(); // lost: each unit's, as its own COMMIT's would be
            } catch (...) {
                commitFailure = std::current_exception();
            }
        }
    } catch (...) {
        together = false; // the group kept nothing: each runs alone below, and meets its own failure
    }
    for (Ticket *ticket : ordered) {
        if (commitFailure)
            ticket->error = commitFailure;
        else if (together)
            ticket->kept = true;
        else
            runAlone(*ticket);
    }
}

void CommitGroup::runAlone(Ticket &ticket)
{
    try {
        Transaction tx(m_database);
        ticket.kept = (*ticket.unit)(tx);
        if (ticket.kept)
            tx.commit();
    } catch (...) {
        ticket.error = std::current_exception();
    }
}

} // namespace adp::server::storage
