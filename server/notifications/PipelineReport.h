#pragma once

#include <QString>

namespace adp::server::notifications {

// What a message or a commit status says about a pipeline.
struct PipelineReport
{
    qint64 pipelineId = 0;
    QString projectName;
    QString projectSlug;
    QString ref;
    bool isTag = false;
    QString sha;
    QString commitMessage;
    QString source;
    QString triggeredBy;         // empty: nobody (a push, a schedule)
    QString status;              // the pipeline's, when this was queued
    qint64 durationSeconds = -1; // -1: not finished
    QString url;                 // where the pipeline is shown
};

} // namespace adp::server::notifications
