#pragma once

#include "core/Clock.h"
#include "ports/PipelineDirectory.h"

namespace adp::server::notifications {

// Stores, with each change of a pipeline's status, what the outside world is
// to be told: a commit status when the project has a repository token (each
// status the providers show), and a message for each of the project's
// active notification rules that the ended pipeline matches (on failure; on
// recovery, a success after a failure on the same ref; always; by branch).
// Child pipelines report nothing of their own: their parent does.
class Outbox : public ports::PipelineStatusListener
{
public:
    explicit Outbox(const Clock &clock)
        : m_clock(clock)
    {
    }

    void pipelineStatusChanged(const storage::Executor &exec, storage::Dialect dialect,
                               const ports::PipelineStatusChange &change) override;

    // Does a rule for `when` and `branches` fire for a pipeline that ended `status` on `ref`, the
    // ref's previous ended pipeline having ended `previous`?
    static bool fires(const QString &when, const QStringList &branches, const QString &status, const QString &ref,
                      const QString &previous);

private:
    const Clock &m_clock;
};

} // namespace adp::server::notifications
