#pragma once

#include "ScheduleService.h"
#include "ports/Housekeeping.h"
#include "storage/LeaderLease.h"

#include <QThread>
#include <atomic>

namespace adp::server::schedules {

// The one active scheduler of a server, however many replicas run: each
// replica's scheduler asks for the "scheduler" lease every second, and only
// its holder runs due schedules and the housekeeping that should happen
// once (deleting expired artifacts, forgetting old webhook deliveries). A holder that dies stops renewing, and
// another takes over when the lease expires.
class PipelineScheduler : public QThread
{
public:
    static constexpr qint64 kLeaseMs = 15000;
    static constexpr qint64 kTickMs = 1000;
    static constexpr qint64 kSweepEveryMs = 60000;

    struct Dependencies
    {
        storage::Database &database;
        ScheduleService &schedules;
        QList<ports::Housekeeping *> chores; // once a minute, on the leader
        const Clock &clock;
        QString holder; // this replica, for the lease
    };
    explicit PipelineScheduler(Dependencies dependencies)
        : m(std::move(dependencies))
        , m_lease(m.database, QStringLiteral("scheduler"), m.holder, kLeaseMs)
    {
    }
    ~PipelineScheduler() override { stop(); }
    void stop();

protected:
    void run() override;

private:
    Dependencies m;
    storage::LeaderLease m_lease;
    std::atomic<bool> m_stopping{false};
};

} // namespace adp::server::schedules
