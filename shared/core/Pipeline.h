#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace adp::shared {

// What a job kept: one archive of the files its `artifacts` named.
struct JobArtifactsInfo
{
    QString filename;
    qint64 size = 0;
    QString sha256;
    QDateTime expireAt; // invalid: kept until deleted
};

// A job of a pipeline as the API shows it.
struct PipelineJob
{
    qint64 id = 0;
    QString name;
    QString stage;
    QString status;
    QString when;
    bool allowFailure = false;
    std::optional<QStringList> needs; // absent: waits for the earlier stages
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString failureReason;
    QString environment;                       // the environment it deploys to or stops, if any
    QString waitingFor;                        // why a job that could start waits (an approval...); empty otherwise
    int attempt = 1;                           // counts up with each retry
    std::optional<int> exitCode;               // of the script, once it ended
    std::optional<JobArtifactsInfo> artifacts; // absent: none, or expired
    qint64 downstreamPipelineId = 0;           // a trigger job's child pipeline, once made

    QJsonObject toJson() const;
    static std::optional<PipelineJob> fromJson(const QJsonObject &object);
};

// A pipeline: one run of a commit's .gitlab-ci.yml.
struct Pipeline
{
    qint64 id = 0;
    QString project; // slug
    QString status;
    QString source; // push, web, api, schedule, merge_request_event, trigger
    QString ref;
    bool isTag = false;
    QString sha;
    QString commitMessage;
    QString triggeredBy;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 parentPipelineId = 0; // a child pipeline's parent and the trigger job that made it
    qint64 parentJobId = 0;
    QList<PipelineJob> jobs; // with a single pipeline; empty in lists

    QJsonObject toJson() const;
    static std::optional<Pipeline> fromJson(const QJsonObject &object);
};

// POST /projects/{p}/pipelines: {"ref", "variables": [{"key", "value"}]}.
struct PipelineRunRequest
{
    static constexpr int kMaxVariables = 100;

    QString ref;
    QList<QPair<QString, QString>> variables;

    static PipelineRunRequest fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;

    // Shared with schedules: a branch or tag name, and [{"key", "value"}] pipeline variables.
    static void checkRef(const QString &ref, FieldErrors &errors);
    static QList<QPair<QString, QString>> variablesFromJson(const QJsonValue &variables, FieldErrors &errors);
    static QJsonArray variablesToJson(const QList<QPair<QString, QString>> &variables);
};

// A job seen across projects (GET /api/v1/jobs): the job with the pipeline and project it belongs to.
struct ActiveJob
{
    QString project; // slug
    qint64 pipelineId = 0;
    QString ref;
    PipelineJob job;

    QJsonObject toJson() const;
    static std::optional<ActiveJob> fromJson(const QJsonObject &object);
};

// The statuses of pipelines, and of jobs (the same words).
QStringList pipelineStatuses();

} // namespace adp::shared
