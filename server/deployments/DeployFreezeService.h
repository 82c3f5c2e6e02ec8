#pragma once

#include "DeployFreezeRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"

namespace adp::server::deployments {

// A project's deploy freeze windows and environment settings: reporters read
// them, maintainers change them (audited). Answers whether a freeze holds.
class DeployFreezeService
{
public:
    static constexpr int kMaxWindows = 50;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit DeployFreezeService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::FreezeWindow>> windows(const MutationContext &context, const QString &projectKey);
    Outcome<shared::FreezeWindow> createWindow(const MutationContext &context, const QString &projectKey,
                                               const shared::FreezeWindowFields &fields);
    Outcome<Unit> removeWindow(const MutationContext &context, const QString &projectKey, qint64 id);

    Outcome<QList<shared::EnvironmentSetting>> settings(const MutationContext &context, const QString &projectKey);
    // Creates or changes the setting of one environment name or wildcard; what is not given stays.
    Outcome<shared::EnvironmentSetting> putSetting(const MutationContext &context, const QString &projectKey,
                                                   const shared::EnvironmentSettingFields &fields);
    Outcome<Unit> removeSetting(const MutationContext &context, const QString &projectKey, qint64 id);

    // The window that holds a freeze at `at`, if any, and when that freeze lifts.
    struct ActiveFreeze
    {
        qint64 windowId = 0;
        QDateTime until;
    };
    static std::optional<ActiveFreeze> activeFreeze(const storage::Executor &run, qint64 projectId,
                                                    const QDateTime &at);
    // A stored window with whether it holds at `at`, and until when or from when.
    static shared::FreezeWindow presented(shared::FreezeWindow window, const QDateTime &at);

private:
    Dependencies m;
};

} // namespace adp::server::deployments
