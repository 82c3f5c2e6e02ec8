#include "FreezeWindow.h"

#include "ApiTime.h"
#include "JsonFields.h"
#include "TextRules.h"

namespace adp::shared {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toApiTime(time)) : QJsonValue();
}

} // namespace

QJsonObject FreezeWindow::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("freeze_start"), freezeStart},
            {QStringLiteral("freeze_end"), freezeEnd},
            {QStringLiteral("cron_timezone"), cronTimezone},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("active"), active},
            {QStringLiteral("active_until"), timeOrNull(activeUntil)},
            {QStringLiteral("next_start"), timeOrNull(nextStart)}};
}

std::optional<FreezeWindow> FreezeWindow::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    FreezeWindow window;
    window.id = object.value(QStringLiteral("id")).toInteger();
    window.freezeStart = object.value(QStringLiteral("freeze_start")).toString();
    window.freezeEnd = object.value(QStringLiteral("freeze_end")).toString();
    window.cronTimezone = object.value(QStringLiteral("cron_timezone")).toString();
    window.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    window.active = object.value(QStringLiteral("active")).toBool();
    window.activeUntil = fromApiTime(object.value(QStringLiteral("active_until")).toString());
    window.nextStart = fromApiTime(object.value(QStringLiteral("next_start")).toString());
    return window;
}

FreezeWindowFields FreezeWindowFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    FreezeWindowFields fields;
    fields.freezeStart = reader.string(QStringLiteral("freeze_start"));
    fields.freezeEnd = reader.string(QStringLiteral("freeze_end"));
    fields.cronTimezone = reader.string(QStringLiteral("cron_timezone"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject FreezeWindowFields::toJson() const
{
    QJsonObject object;
    if (freezeStart)
        object.insert(QStringLiteral("freeze_start"), *freezeStart);
    if (freezeEnd)
        object.insert(QStringLiteral("freeze_end"), *freezeEnd);
    if (cronTimezone)
        object.insert(QStringLiteral("cron_timezone"), *cronTimezone);
    return object;
}

QJsonObject EnvironmentSetting::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("hard_freeze"), hardFreeze},
            {QStringLiteral("allow_self_approval"), allowSelfApproval},
            {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
}

std::optional<EnvironmentSetting> EnvironmentSetting::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    return EnvironmentSetting{object.value(QStringLiteral("id")).toInteger(),
                              object.value(QStringLiteral("environment")).toString(),
                              object.value(QStringLiteral("hard_freeze")).toBool(),
                              object.value(QStringLiteral("allow_self_approval")).toBool(),
                              fromApiTime(object.value(QStringLiteral("updated_at")).toString())};
}

EnvironmentSettingFields EnvironmentSettingFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    EnvironmentSettingFields fields;
    fields.environment = reader.string(QStringLiteral("environment"));
    fields.hardFreeze = reader.boolean(QStringLiteral("hard_freeze"));
    fields.allowSelfApproval = reader.boolean(QStringLiteral("allow_self_approval"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject EnvironmentSettingFields::toJson() const
{
    QJsonObject object;
    if (environment)
        object.insert(QStringLiteral("environment"), *environment);
    if (hardFreeze)
        object.insert(QStringLiteral("hard_freeze"), *hardFreeze);
    if (allowSelfApproval)
        object.insert(QStringLiteral("allow_self_approval"), *allowSelfApproval);
    return object;
}

FieldErrors EnvironmentSettingFields::validate() const
{
    FieldErrors errors;
    if (!environment || environment->trimmed().isEmpty())
        errors.append(
            {QStringLiteral("environment"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    else if (environment->size() > kEnvironmentMax || textrules::hasControlCharacters(*environment, false))
        errors.append({QStringLiteral("environment"), QString::fromLatin1(fieldcodes::InvalidFormat),
                       QStringLiteral("must be an environment name or wildcard of at most %1 characters on one line")
                           .arg(kEnvironmentMax)});
    if (!hardFreeze && !allowSelfApproval)
        errors.append({QStringLiteral("hard_freeze"), QString::fromLatin1(fieldcodes::Required),
                       QStringLiteral("give hard_freeze, allow_self_approval or both")});
    return errors;
}

} // namespace adp::shared
