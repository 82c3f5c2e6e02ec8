#include "DeployFreezeService.h"

#include "shared/pipeline/FreezePeriod.h"
#include "storage/Transaction.h"

namespace adp::server::deployments {

using shared::EnvironmentSetting;
using shared::FreezeWindow;

namespace {

std::optional<pipeline::FreezePeriod> periodOf(const FreezeWindow &window, const QDateTime &at)
{
    shared::FieldErrors ignored;
    return pipeline::FreezePeriod::parse(window.freezeStart, window.freezeEnd, window.cronTimezone, at, ignored);
}

} // namespace

FreezeWindow DeployFreezeService::presented(FreezeWindow window, const QDateTime &at)
{
    if (const auto period = periodOf(window, at)) {
        window.active = period->activeAt(at);
        if (window.active)
            window.activeUntil = period->endsAfter(at);
        else
            window.nextStart = period->startsAfter(at);
    }
    return window;
}

std::optional<DeployFreezeService::ActiveFreeze>
DeployFreezeService::activeFreeze(const storage::Executor &run, qint64 projectId, const QDateTime &at)
{
    std::optional<ActiveFreeze> holding;
    for (const FreezeWindow &stored : DeployFreezeRepository::windows(run, projectId)) {
        const FreezeWindow window = presented(stored, at);
        // Overlapping windows: the freeze lifts when the last of them ends.
        if (window.active && (!holding || window.activeUntil > holding->until))
            holding = ActiveFreeze{window.id, window.activeUntil};
    }
    return holding;
}

Outcome<QList<FreezeWindow>> DeployFreezeService::windows(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("freeze_window.list"));
    if (!found.ok())
        return found.error();
    QList<FreezeWindow> windows;
    const QDateTime now = m.clock.now();
    for (const FreezeWindow &window :
         DeployFreezeRepository::windows(storage::executorOf(m.database), found.value().project.id))
        windows.append(presented(window, now));
    return windows;
}

Outcome<FreezeWindow> DeployFreezeService::createWindow(const MutationContext &context, const QString &projectKey,
                                                        const shared::FreezeWindowFields &fields)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("freeze_window.create"));
    if (!found.ok())
        return found.error();
    shared::FieldErrors errors;
    for (const auto &[value, field] :
         {std::pair{&fields.freezeStart, "freeze_start"}, {&fields.freezeEnd, "freeze_end"}}) {
        if (!*value)
            errors.append({QString::fromLatin1(field), QString::fromLatin1(shared::fieldcodes::Required),
                           QStringLiteral("is required")});
        else if ((*value)->size() > shared::FreezeWindowFields::kCronMax)
            errors.append({QString::fromLatin1(field), QString::fromLatin1(shared::fieldcodes::TooLong),
                           QStringLiteral("must be at most %1 characters").arg(shared::FreezeWindowFields::kCronMax)});
    }
    const QDateTime now = m.clock.now();
    FreezeWindow window;
    window.freezeStart = fields.freezeStart.value_or(QString()).trimmed();
    window.freezeEnd = fields.freezeEnd.value_or(QString()).trimmed();
    window.cronTimezone = fields.cronTimezone.value_or(QStringLiteral("UTC")).trimmed();
    window.createdAt = now;
    if (errors.isEmpty())
        pipeline::FreezePeriod::parse(window.freezeStart, window.freezeEnd, window.cronTimezone, now, errors);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    if (DeployFreezeRepository::windows(storage::executorOf(tx), projectId).size() >= kMaxWindows)
        return ServiceError::conflict(QStringLiteral("A project may have at most %1 freeze windows").arg(kMaxWindows));
    window = DeployFreezeRepository::insertWindow(tx, projectId, window, context.actor.userId);
    m.audit.record(tx, context,
                   {QStringLiteral("freeze_window.created"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    {},
                    window.toJson()});
    tx.commit();
    return presented(window, now);
}

Outcome<Unit> DeployFreezeService::removeWindow(const MutationContext &context, const QString &projectKey, qint64 id)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("freeze_window.delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    const auto window = DeployFreezeRepository::window(storage::executorOf(tx), projectId, id);
    if (!window)
        return ServiceError::notFound(QStringLiteral("Freeze window"));
    DeployFreezeRepository::removeWindow(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("freeze_window.deleted"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    window->toJson(),
                    {}});
    tx.commit();
    return Unit{};
}

Outcome<QList<EnvironmentSetting>> DeployFreezeService::settings(const MutationContext &context,
                                                                 const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.setting.list"));
    if (!found.ok())
        return found.error();
    return DeployFreezeRepository::settings(storage::executorOf(m.database), found.value().project.id);
}

Outcome<EnvironmentSetting> DeployFreezeService::putSetting(const MutationContext &context, const QString &projectKey,
                                                            const shared::EnvironmentSettingFields &fields)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.setting.set"));
    if (!found.ok())
        return found.error();
    const shared::FieldErrors errors = fields.validate();
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const qint64 projectId = found.value().project.id;
    const QString environment = fields.environment->trimmed();
    storage::Transaction tx(m.database);
    std::optional<EnvironmentSetting> before;
    for (const EnvironmentSetting &existing : DeployFreezeRepository::settings(storage::executorOf(tx), projectId)) {
        if (existing.environment == environment)
            before = existing;
    }
    EnvironmentSetting setting = before.value_or(EnvironmentSetting{});
    setting.environment = environment;
    setting.hardFreeze = fields.hardFreeze.value_or(setting.hardFreeze);
    setting.allowSelfApproval = fields.allowSelfApproval.value_or(setting.allowSelfApproval);
    setting.updatedAt = m.clock.now();
    setting = DeployFreezeRepository::putSetting(tx, projectId, setting);
    m.audit.record(tx, context,
                   {QStringLiteral("environment.setting.changed"), QStringLiteral("project"),
                    QString::number(projectId), before ? before->toJson() : QJsonObject(), setting.toJson()});
    tx.commit();
    return setting;
}

Outcome<Unit> DeployFreezeService::removeSetting(const MutationContext &context, const QString &projectKey, qint64 id)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("environment.setting.delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    const auto setting = DeployFreezeRepository::setting(storage::executorOf(tx), projectId, id);
    if (!setting)
        return ServiceError::notFound(QStringLiteral("Environment setting"));
    DeployFreezeRepository::removeSetting(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("environment.setting.deleted"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    setting->toJson(),
                    {}});
    tx.commit();
    return Unit{};
}

} // namespace adp::server::deployments
