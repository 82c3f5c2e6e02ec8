#include "AutoRollbacks.h"

#include "RolloutRepository.h"
#include "storage/Transaction.h"

namespace adp::server::kubernetes {

void AutoRollbacks::tidy()
{
    using Rollbacks = ports::EnvironmentRollbacks;
    for (const auto &failed : RolloutRepository::awaitingRollback(storage::executorOf(m_database), kBatch)) {
        const Rollbacks::Result result =
            m_rollbacks.rollBackAfterFailure(failed.projectId, failed.jobId, failed.jobAttempt, failed.reason);
        if (std::holds_alternative<Rollbacks::NotYet>(result))
            continue;
        QString note;
        if (const auto *done = std::get_if<Rollbacks::RolledBack>(&result))
            note = QStringLiteral("rolled back automatically: deployment #%1 redeploys #%2")
                       .arg(done->iid)
                       .arg(done->toIid);
        else
            note = QStringLiteral("not rolled back: %1").arg(std::get<Rollbacks::Impossible>(result).why);
        storage::Transaction tx(m_database);
        RolloutRepository::setRollback(tx, failed.id, note);
        tx.commit();
    }
}

} // namespace adp::server::kubernetes
