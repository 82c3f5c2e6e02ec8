#pragma once

#include <QString>
#include <variant>

namespace adp::server::ports {

// An automatic rollback after a failed rollout: implemented by deployments/ (EnvironmentPins),
// asked by kubernetes/ once the failed deploy job has ended.
class EnvironmentRollbacks
{
public:
    struct NotYet
    {
    }; // the failed job's deployment has not ended yet: ask again later
    struct RolledBack
    {
        qint64 iid = 0;   // the rollback's deployment
        qint64 toIid = 0; // the deployment it redeploys
    };
    struct Impossible
    {
        QString why; // no earlier success, the failure was itself a rollback, ...
    };
    using Result = std::variant<NotYet, RolledBack, Impossible>;

    virtual ~EnvironmentRollbacks() = default;
    // Redeploys the environment's latest successful deployment before the one job `failedJobId`
    // (attempt `attempt`) made, pinning the environment as a manual rollback does; audited with
    // `reason`.
    virtual Result rollBackAfterFailure(qint64 projectId, qint64 failedJobId, int attempt, const QString &reason) = 0;
};

} // namespace adp::server::ports
