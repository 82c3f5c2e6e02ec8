#include "DeployFreezeRepository.h"

#include "shared/core/WildcardPattern.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

namespace adp::server::deployments {

using shared::EnvironmentSetting;
using shared::FreezeWindow;

namespace {

const QString kWindowColumns =
    QStringLiteral("SELECT id, freeze_start, freeze_end, cron_timezone, created_at FROM freeze_windows ");
const QString kSettingColumns =
    QStringLiteral("SELECT id, environment, hard_freeze, allow_self_approval, updated_at FROM environment_settings ");

FreezeWindow windowAt(const storage::ResultSet &rows, int row)
{
    FreezeWindow window;
    window.id = rows.value(row, 0).toLongLong();
    window.freezeStart = rows.value(row, 1).toString();
    window.freezeEnd = rows.value(row, 2).toString();
    window.cronTimezone = rows.value(row, 3).toString();
    window.createdAt = storage::timeFromMs(rows.value(row, 4));
    return window;
}

EnvironmentSetting settingAt(const storage::ResultSet &rows, int row)
{
    return EnvironmentSetting{rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(),
                              rows.value(row, 2).toBool(), rows.value(row, 3).toBool(),
                              storage::timeFromMs(rows.value(row, 4))};
}

} // namespace

QList<FreezeWindow> DeployFreezeRepository::windows(const storage::Executor &run, qint64 projectId)
{
    const auto rows = run(kWindowColumns + QStringLiteral("WHERE project_id = ? ORDER BY id"), {projectId});
    return rows.map([&rows](int row) { return windowAt(rows, row); });
}

FreezeWindow DeployFreezeRepository::insertWindow(storage::Transaction &tx, qint64 projectId, FreezeWindow window,
                                                  qint64 createdBy)
{
    const auto rows = tx.exec(QStringLiteral("INSERT INTO freeze_windows (project_id, freeze_start, freeze_end, "
                                             "cron_timezone, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                                             "RETURNING id"),
                              {projectId, window.freezeStart, window.freezeEnd, window.cronTimezone,
                               storage::idOrNull(createdBy), window.createdAt.toMSecsSinceEpoch()});
    window.id = rows.value(0, 0).toLongLong();
    return window;
}

std::optional<FreezeWindow> DeployFreezeRepository::window(const storage::Executor &run, qint64 projectId, qint64 id)
{
    const auto rows = run(kWindowColumns + QStringLiteral("WHERE project_id = ? AND id = ?"), {projectId, id});
    if (rows.isEmpty())
        return std::nullopt;
    return windowAt(rows, 0);
}

void DeployFreezeRepository::removeWindow(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM freeze_windows WHERE id = ?"), {id});
}

QList<EnvironmentSetting> DeployFreezeRepository::settings(const storage::Executor &run, qint64 projectId)
{
    const auto rows = run(kSettingColumns + QStringLiteral("WHERE project_id = ? ORDER BY environment"), {projectId});
    return rows.map([&rows](int row) { return settingAt(rows, row); });
}

EnvironmentSetting DeployFreezeRepository::putSetting(storage::Transaction &tx, qint64 projectId,
                                                      const EnvironmentSetting &setting)
{
    tx.exec(QStringLiteral("DELETE FROM environment_settings WHERE project_id = ? AND environment = ?"),
            {projectId, setting.environment});
    const auto rows = tx.exec(QStringLiteral("INSERT INTO environment_settings (project_id, environment, hard_freeze, "
                                             "allow_self_approval, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                              {projectId, setting.environment, setting.hardFreeze, setting.allowSelfApproval,
                               setting.updatedAt.toMSecsSinceEpoch()});
    EnvironmentSetting stored = setting;
    stored.id = rows.value(0, 0).toLongLong();
    return stored;
}

std::optional<EnvironmentSetting> DeployFreezeRepository::setting(const storage::Executor &run, qint64 projectId,
                                                                  qint64 id)
{
    const auto rows = run(kSettingColumns + QStringLiteral("WHERE project_id = ? AND id = ?"), {projectId, id});
    if (rows.isEmpty())
        return std::nullopt;
    return settingAt(rows, 0);
}

void DeployFreezeRepository::removeSetting(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM environment_settings WHERE id = ?"), {id});
}

EnvironmentSetting DeployFreezeRepository::settingFor(const storage::Executor &run, qint64 projectId,
                                                      const QString &environment)
{
    EnvironmentSetting applying;
    int best = -1;
    for (const EnvironmentSetting &setting : settings(run, projectId)) {
        const int specificity = shared::wildcard::specificity(setting.environment);
        if (specificity > best && shared::wildcard::matches(setting.environment, environment)) {
            applying = setting;
            best = specificity;
        }
    }
    return applying;
}

bool DeployFreezeRepository::isOverridden(const storage::Executor &run, qint64 deploymentId)
{
    return !run(QStringLiteral("SELECT 1 FROM deployments WHERE id = ? AND freeze_overridden_by IS NOT NULL"),
                {deploymentId})
                .isEmpty();
}

bool DeployFreezeRepository::isHeld(const storage::Executor &run, qint64 deploymentId)
{
    return !run(QStringLiteral("SELECT 1 FROM deployments d JOIN jobs j ON j.id = d.job_id AND j.attempt = "
                               "d.job_attempt WHERE d.id = ? AND j.waiting_for = ?"),
                {deploymentId, QString::fromLatin1(kFreezeWait)})
                .isEmpty();
}

QList<DeployFreezeRepository::Held> DeployFreezeRepository::heldByFreeze(const storage::Executor &run, int limit)
{
    const auto rows = run(QStringLiteral("SELECT d.project_id, d.job_id, COALESCE(d.triggered_by, 0), e.name "
                                         "FROM jobs j JOIN deployments d ON d.job_id = j.id AND d.job_attempt = "
                                         "j.attempt JOIN environments e ON e.id = d.environment_id "
                                         "WHERE j.waiting_for = ? ORDER BY d.id LIMIT ?"),
                          {QString::fromLatin1(kFreezeWait), limit});
    return rows.map([&rows](int row) {
        return Held{rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong(), rows.value(row, 2).toLongLong(),
                    rows.value(row, 3).toString()};
    });
}

} // namespace adp::server::deployments
