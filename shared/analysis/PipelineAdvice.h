#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace adp::shared::analysis {

// One finished job of a project's recent pipelines, as the advisor weighs it.
struct JobRecord
{
    qint64 pipelineId = 0;
    qint64 pipelineCreatedAtMs = 0;
    QString sha;
    QString name;
    QString stage;
    int stageIndex = 0;
    QString status; // success, failed, canceled
    int attempt = 1;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    bool needsSet = false; // `needs:` given (it starts when those are done, not its stage)
    bool dependenciesSet = false;
    bool hasCache = false;
    QStringList script;

    qint64 durationMs() const { return startedAtMs > 0 && finishedAtMs > startedAtMs ? finishedAtMs - startedAtMs : 0; }
};

// One piece of advice: what, about which job or stage, in words, and the figures it rests on.
struct Advice
{
    QString kind; // slow_job, slow_stage, no_cache, needs_earlier, retry_heavy, flaky, failure_prone, every_pipeline
    QString subject;
    QString message;
    QJsonObject figures;

    QJsonObject toJson() const;
    static Advice fromJson(const QJsonObject &object);
};

// GET /api/v1/projects/{p}/advice
struct ProjectAdvice
{
    QString project;
    int pipelinesExamined = 0;
    int jobsExamined = 0;
    QList<Advice> advice;
    // The cost module's savings for the project (a costs/savings answer) when anything is priced;
    // kept as JSON so the analyzers stand on no cost type.
    QJsonObject savings;

    QJsonObject toJson() const;
    static std::optional<ProjectAdvice> fromJson(const QJsonObject &object);
};

} // namespace adp::shared::analysis
