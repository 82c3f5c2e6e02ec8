#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace adp::shared {

// A pipeline schedule as the API shows it: a cron expression in a time
// zone that runs a pipeline for a ref, with its own variables.
struct PipelineSchedule
{
    qint64 id = 0;
    QString project; // slug
    QString description;
    QString cron;
    QString timezone;
    QString ref;
    QList<QPair<QString, QString>> variables;
    bool active = true;
    QString owner;             // who it runs as
    QDateTime nextRunAt;       // invalid while inactive
    QList<QDateTime> nextRuns; // the next few, for people to check the expression
    QDateTime lastRunAt;
    qint64 lastPipelineId = 0;
    QString lastError; // why the last run made no pipeline
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<PipelineSchedule> fromJson(const QJsonObject &object);
};

// What a client sends to create (POST) or change (PATCH) a schedule; absent fields stay as they are.
struct PipelineScheduleFields
{
    static constexpr int kDescriptionMax = 255;
    static constexpr int kCronMax = 255;

    std::optional<QString> description;
    std::optional<QString> cron;
    std::optional<QString> timezone;
    std::optional<QString> ref;
    std::optional<QList<QPair<QString, QString>>> variables;
    std::optional<bool> active;

    static PipelineScheduleFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    // Shapes and lengths; creating needs description, cron and ref. The cron expression and the
    // time zone themselves are checked by the server.
    FieldErrors validate(bool creating) const;
};

} // namespace adp::shared
