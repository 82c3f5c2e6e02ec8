#pragma once

#include "core/Clock.h"
#include "ports/PipelineDirectory.h"

namespace adp::server::notifications {

// Stores, with each change of a pipeline's status, what the outside world is
// to be told: a commit status when the project has a repository token (each
// status the providers show), and a message for each of the project's
// active notification rules that the ended pipeline matches (on failure; on
// recovery, a success after a failure on the same ref; always; by branch).
// Child pipelines report nothing of their own: their parent does. The one owner of the
// `outbound_deliveries` table: the sender claims and settles deliveries through it.
class Outbox : public ports::PipelineStatusListener
{
public:
    Outbox(storage::Database &database, ports::PipelineDirectory &pipelines, const Clock &clock)
        : m_database(database)
        , m_pipelines(pipelines)
        , m_clock(clock)
    {
    }

    void pipelineStatusChanged(const storage::Executor &exec, storage::Dialect dialect,
                               const ports::PipelineStatusChange &change) override;

    // Does a rule for `when` and `branches` fire for a pipeline that ended `status` on `ref`, the
    // ref's previous ended pipeline having ended `previous`?
    static bool fires(const QString &when, const QStringList &branches, const QString &status, const QString &ref,
                      const QString &previous);

    // A delivery a sender claimed.
    struct Due
    {
        qint64 id = 0;
        qint64 projectId = 0;
        qint64 pipelineId = 0;
        qint64 ruleId = 0; // 0: a commit status
        QString status;
        int attempts = 0;
    };
    // Claims up to `batch` due deliveries, oldest first, for `claimMs` (SKIP LOCKED on PostgreSQL:
    // replicas share the work); each claim counts as an attempt.
    QList<Due> claimDue(qint64 claimMs, int batch);
    // Was a newer commit status of the same pipeline queued after this one?
    bool superseded(const Due &due) const;
    // Settles it: "sent" or "superseded".
    void settle(qint64 id, const QString &state);
    void retryAt(qint64 id, qint64 atMs, const QString &error);
    void fail(qint64 id, const QString &error);

private:
    storage::Database &m_database;
    ports::PipelineDirectory &m_pipelines;
    const Clock &m_clock;
};

} // namespace adp::server::notifications
