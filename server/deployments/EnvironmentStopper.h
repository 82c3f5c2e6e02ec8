#pragma once

#include "DeploymentRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "ports/DeployJobResumer.h"
#include "ports/Housekeeping.h"

namespace adp::server::deployments {

// Stopping an environment, by hand or when its `auto_stop_in` has passed (a chore the scheduler's
// leader runs): its last successful deployment's stop job is played (the environment is stopping
// while it runs, stopped when it succeeds); without one that can run, it is stopped at once.
class EnvironmentStopper : public ports::Housekeeping
{
public:
    static constexpr int kDueBatch = 50; // environments stopped per chore run; the rest on the next

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        ports::DeployJobResumer &jobs;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit EnvironmentStopper(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::Environment> stop(const MutationContext &context, const QString &projectKey,
                                      const QString &environmentKey);
    void tidy() override;

private:
    std::optional<ServiceError> stopOne(const MutationContext &context, qint64 projectId, qint64 environmentId);

    Dependencies m;
};

} // namespace adp::server::deployments
