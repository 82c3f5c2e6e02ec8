#pragma once

#include "shared/core/FreezeWindow.h"
#include "storage/Executor.h"

namespace adp::server::deployments {

// The `freeze_windows` and `environment_settings` tables.
class DeployFreezeRepository
{
public:
    static QList<shared::FreezeWindow> windows(const storage::Executor &run, qint64 projectId);
    static shared::FreezeWindow insertWindow(storage::Transaction &tx, qint64 projectId, shared::FreezeWindow window,
                                             qint64 createdBy);
    static std::optional<shared::FreezeWindow> window(const storage::Executor &run, qint64 projectId, qint64 id);
    static void removeWindow(storage::Transaction &tx, qint64 id);

    static QList<shared::EnvironmentSetting> settings(const storage::Executor &run, qint64 projectId);
    // Creates or replaces the setting for exactly this environment name or wildcard.
    static shared::EnvironmentSetting putSetting(storage::Transaction &tx, qint64 projectId,
                                                 const shared::EnvironmentSetting &setting);
    static std::optional<shared::EnvironmentSetting> setting(const storage::Executor &run, qint64 projectId, qint64 id);
    static void removeSetting(storage::Transaction &tx, qint64 id);
    // The setting that applies to an environment: the most specific one matching it; defaults without.
    static shared::EnvironmentSetting settingFor(const storage::Executor &run, qint64 projectId,
                                                 const QString &environment);

    // --- Deploy jobs a freeze holds (jobs.waiting_for = kFreezeWait)
    static constexpr const char *kFreezeWait = "freeze";
    static bool isOverridden(const storage::Executor &run, qint64 deploymentId);
    // Whether the job of this deployment (its attempt) waits for a freeze to end.
    static bool isHeld(const storage::Executor &run, qint64 deploymentId);
    struct Held
    {
        qint64 projectId = 0;
        qint64 jobId = 0;
        qint64 deployer = 0;
        QString environment;
    };
    static QList<Held> heldByFreeze(const storage::Executor &run, int limit);
};

} // namespace adp::server::deployments
