#pragma once

#include "DeploymentRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "ports/DeployJobResumer.h"
#include "ports/Housekeeping.h"

namespace adp::server::deployments {

// Deploy jobs a hard freeze holds (DeploymentAdmission makes them wait): a maintainer may let one
// go on through the freeze (audited), and a chore lets them all go on once no freeze holds them.
class FreezeHolds : public ports::Housekeeping
{
public:
    static constexpr int kTidyBatch = 100; // held jobs looked at per chore run; the rest on the next

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        ports::DeployJobResumer &jobs;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit FreezeHolds(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::Deployment> overrideFreeze(const MutationContext &context, const QString &projectKey, qint64 iid);
    void tidy() override;

private:
    Dependencies m;
};

} // namespace adp::server::deployments
