#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace adp::pipeline {

// Where each job of a pipeline stands, and what follows: a job waiting in
// `created` is decided once everything before it (its needs, or else every
// job of the earlier stages) has finished. GitLab's rules: on_success runs
// when nothing before failed, on_failure only when something did, always in
// any case; manual and delayed wait for a person or a time; a manual job that
// may not fail holds later stages back. Pure logic, shared by the server and tests.
class JobStates
{
public:
    struct Job
    {
        QString name;
        int stageIndex = 0;
        QString when = QStringLiteral("on_success");
        std::optional<QStringList> needs;
        QString status = QStringLiteral("created");
        bool allowFailure = false;
        bool waiting = false;   // could start, but waits for a person (an approval): as a manual job
        bool requested = false; // a person asked for this run (a retry): manual or delayed, it starts
    };

    // New statuses for jobs that can be decided now (index -> status). `starting`, when given, is
    // asked about each job about to become pending or scheduled (delayed); "pending" lets it go on as
    // it would, another status replaces it ("skipped",
    // "failed") or "created": it waits, and holds back what comes after it.
    static QHash<int, QString> advance(const QList<Job> &jobs, const std::function<QString(int index)> &starting = {});
    // The pipeline's status from its jobs'.
    static QString pipelineStatus(const QList<Job> &jobs);

    static bool isFinished(const QString &status);
};

} // namespace adp::pipeline
