#include "PipelineScheduler.h"

#include <QElapsedTimer>
#include <spdlog/spdlog.h>

namespace adp::server::schedules {

void PipelineScheduler::stop()
{
    m_stopping = true;
    wait();
}

void PipelineScheduler::run()
{
    bool leading = false;
    QElapsedTimer sinceSweep;
    sinceSweep.start();
    while (!m_stopping) {
        try {
            const bool holds = m_lease.hold(m.clock.nowMs());
            if (holds != leading)
                spdlog::info(holds ? "this replica runs the pipeline scheduler"
                                   : "another replica runs the pipeline scheduler");
            leading = holds;
            if (leading) {
                m.schedules.runDue();
                if (sinceSweep.elapsed() >= kSweepEveryMs) {
                    for (ports::Housekeeping *chore : std::as_const(m.chores))
                        chore->tidy();
                    sinceSweep.restart();
                }
            }
        } catch (const std::exception &error) {
            spdlog::warn("pipeline scheduler: {}", error.what()); // the database went away for a moment
        }
        for (int waited = 0; waited < kTickMs && !m_stopping; waited += 100)
            msleep(100);
    }
    if (leading) {
        try {
            m_lease.release(); // the next replica need not wait for it to expire
        } catch (const std::exception &) {
        }
    }
}

} // namespace adp::server::schedules
