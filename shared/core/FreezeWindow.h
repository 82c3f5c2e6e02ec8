#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// A deploy freeze window of a project (GitLab's freeze periods): cron start,
// cron end, IANA time zone. Inside one, pipelines get CI_DEPLOY_FREEZE=true
// and environments with a hard freeze hold their deploy jobs.
struct FreezeWindow
{
    qint64 id = 0;
    QString freezeStart;
    QString freezeEnd;
    QString cronTimezone;
    QDateTime createdAt;
    bool active = false;
    QDateTime activeUntil; // while active: when it lifts
    QDateTime nextStart;   // while not: when it begins next

    QJsonObject toJson() const;
    static std::optional<FreezeWindow> fromJson(const QJsonObject &object);
};

struct FreezeWindowFields
{
    std::optional<QString> freezeStart;
    std::optional<QString> freezeEnd;
    std::optional<QString> cronTimezone; // default UTC

    static constexpr int kCronMax = 255;

    static FreezeWindowFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
};

// How deployments to the environments matching `environment` (a name or a
// wildcard) behave beyond who may deploy and approve.
struct EnvironmentSetting
{
    qint64 id = 0;
    QString environment;
    bool hardFreeze = false;        // deploy jobs wait while a freeze window holds
    bool allowSelfApproval = false; // who started a deployment may approve it
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<EnvironmentSetting> fromJson(const QJsonObject &object);
};

struct EnvironmentSettingFields
{
    std::optional<QString> environment;
    std::optional<bool> hardFreeze;
    std::optional<bool> allowSelfApproval;

    static constexpr int kEnvironmentMax = 255;

    static EnvironmentSettingFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    FieldErrors validate() const;
};

} // namespace adp::shared
