#pragma once

#include "DefinitionError.h"
#include "JobGraph.h"
#include "PipelineDefinition.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace adp::pipeline {

// Where a pipeline comes from, for rules and only/except.
struct PlanContext
{
    QString source; // push, web, api, schedule, merge_request_event, trigger
    QString ref;    // branch or tag name
    bool isTag = false;
    RuleExpression::Variables variables; // predefined, global and pipeline variables
    // Does a file matching this glob exist at the commit? (rules: exists)
    std::function<bool(const QString &glob)> exists;
    // The files the trigger changed (a push's commits, a merge request against its target);
    // nullopt where GitLab counts every `changes` as true (new branches, tags, web, API, schedules).
    std::optional<QStringList> changedFiles;
    // The files changed between a ref or commit and this commit (changes: compare_to); nullopt: unknown.
    std::function<std::optional<QStringList>(const QString &base)> changedSince;
};

struct PlannedJob
{
    QString name;
    QString stage;
    int stageIndex = 0;
    QString when; // on_success, on_failure, always, manual, delayed
    QString startIn;
    bool allowFailure = false;
    std::optional<QStringList> needs; // nullopt: waits for the earlier stages
    QJsonObject spec;                 // what the executor runs: scripts, variables, timeout, artifacts...
};

// Which jobs one pipeline gets: workflow rules decide whether there is a
// pipeline at all; each job's rules (or only/except) whether it is in and
// with which `when`; needs on jobs left out are errors unless optional.
struct PipelinePlan
{
    bool created = false;
    QString skippedBecause; // set when workflow rules (or no jobs) leave nothing to run
    DefinitionErrors errors;
    QList<PlannedJob> jobs;

    static PipelinePlan make(const PipelineDefinition &definition, const JobGraph &graph, const PlanContext &context);
};

} // namespace adp::pipeline
