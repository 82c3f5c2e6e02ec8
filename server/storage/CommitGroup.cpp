#include "CommitGroup.h"

#include "StorageError.h"

#include <algorithm>

namespace adp::server::storage {

bool CommitGroup::run(qint64 orderKey, const Unit &unit)
{
    Ticket ticket{orderKey, &unit};
    m_units.submit(ticket, [this](const std::vector<Ticket *> &group) { runGroup(group); });
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
