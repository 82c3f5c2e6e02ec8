#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// A compliance report sent every week (Mondays, 00:00 UTC, covering the week before) or month
// (the 1st, covering the month before) through a project's notification rule: its channel
// (a chat service, a webhook or email) and its secrets.
struct ComplianceSchedule
{
    static const QStringList kFrequencies; // weekly, monthly

    qint64 id = 0;
    QString name;
    QString frequency;
    qint64 ruleId = 0; // 0: the rule was deleted; the schedule waits for another
    QString ruleProject;
    QString ruleName;
    QString channel;
    int staleDays = 0;
    int rotationDays = 0;
    int signInThreshold = 0;
    bool active = true;
    QDateTime nextRunAt;
    QDateTime lastRunAt;
    QString lastOutcome; // empty, sent or failed
    QString lastError;
    int lastFailedChecks = 0;
    int attempts = 0; // failed sends in a row of the current report
    QString createdBy;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<ComplianceSchedule> fromJson(const QJsonObject &object);
    // The period a report sent at `runAt` covers: the week or month before it.
    static QDateTime periodStart(const QString &frequency, const QDateTime &runAt);
    // The first run after `now`: next Monday or the next 1st, 00:00 UTC.
    static QDateTime nextRunAfter(const QString &frequency, const QDateTime &now);
};

// What a create or update sends; absent fields stay as they are.
struct ComplianceScheduleFields
{
    static constexpr int kNameMax = 100;

    std::optional<QString> name;
    std::optional<QString> frequency;
    std::optional<qint64> ruleId;
    std::optional<qint64> staleDays;
    std::optional<qint64> rotationDays;
    std::optional<qint64> signInThreshold;
    std::optional<bool> active;

    static ComplianceScheduleFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    FieldErrors validate(bool creating) const;
};

} // namespace adp::shared
