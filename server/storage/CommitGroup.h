#pragma once

#include "Transaction.h"
#include "core/Gathering.h"

#include <exception>
#include <functional>
#include <vector>

namespace adp::server::storage {

// Group commit for small transactions many threads run at once (a job's end). A thread that
// finds no group committing becomes the leader: it runs every unit waiting at that moment in
// one transaction with one COMMIT, so concurrent units share one flush of the log instead of
// each waiting for the flush before it (they often wait on the same row lock too: the jobs
// of one pipeline). Alone, a unit costs what a transaction of its own costs.
//
// A unit answers whether it is to be kept. If a unit of a group answers false or throws, the
// group keeps nothing and every unit runs again in a transaction of its own, so each answer and
// each failure stays its unit's own. Units must therefore compute their writes from what they
// read, so that running one again from the start is right. The same when the database refuses
// the shared COMMIT (a deferred write failed: nothing was kept). If the connection is lost at
// the COMMIT, every unit of the group gets that failure, as from a COMMIT of its own (whether
// it was kept is then as unknown as it would be). Within a group units run in the order of
// their key, so that groups on several servers take row locks in one order.
class CommitGroup
{
public:
    using Unit = std::function<bool(Transaction &)>;

    explicit CommitGroup(Database &database, int maxUnits = 32)
        : m_database(database)
        , m_units(maxUnits)
    {
    }
    // Runs `unit` and commits it (when it answers true) with whatever else waits; returns its
    // answer once committed, or rethrows what it threw.
    bool run(qint64 orderKey, const Unit &unit);

private:
    struct Ticket
    {
        qint64 orderKey = 0;
        const Unit *unit = nullptr;
        bool kept = false;
        std::exception_ptr error;
    };
    void runGroup(const std::vector<Ticket *> &group);
    void runAlone(Ticket &ticket);

    Database &m_database;
    Gathering<Ticket> m_units;
};

} // namespace adp::server::storage
