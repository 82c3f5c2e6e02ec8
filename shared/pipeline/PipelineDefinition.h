#pragma once

#include "RuleExpression.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace adp::pipeline {

// What a .gitlab-ci.yml says, after includes, extends, anchors and
// !reference are resolved and every keyword is checked. Jobs are as
// written; JobGraph expands `parallel` and wires `needs`.

// One entry of `parallel: matrix`: variables and their values, in the order written
// (GitLab names instances in that order: "deploy: [aws, app1]").
using MatrixEntry = QList<QPair<QString, QStringList>>;

struct Variable
{
    QString name;
    QString value;
    QString description;
    bool expand = true;
};

// `image:` — the container a job's script runs in on Kubernetes.
struct Image
{
    QString name;
    QStringList entrypoint; // replaces the image's; empty: the image's own

    bool isEmpty() const { return name.isEmpty(); }
};

// One of `services:` — a container beside the job's, reachable by its alias.
struct Service
{
    QString name; // the image
    QString alias;
    QStringList entrypoint;
    QStringList command;
    QList<Variable> variables;
};

struct Rule
{
    std::optional<RuleExpression> condition; // `if`; none: always matches
    QStringList changes;
    QString changesCompareTo; // changes: compare_to: a ref or commit to diff against instead of the push's
    QStringList exists;
    QString when; // empty: the job's own
    std::optional<bool> allowFailure;
    QString startIn;
    QList<Variable> variables;
};

struct RefFilter // only / except
{
    QStringList refs;      // branches, tags, patterns (/regex/), or keywords like merge_requests
    QStringList variables; // expressions
    QStringList changes;
    bool isSet() const { return !refs.isEmpty() || !variables.isEmpty() || !changes.isEmpty(); }
};

struct Need
{
    QString job;
    bool optional = false;
    bool artifacts = true;
    QList<MatrixEntry> matrix; // needs: parallel: matrix, to pick some of a matrix job's instances
};

struct Artifacts
{
    QStringList paths;
    QStringList exclude;
    QString expireIn; // a duration, or "never"; empty: the server's default
    QString when = QStringLiteral("on_success");
    QString name;
    bool untracked = false;
    bool isSet() const { return !paths.isEmpty() || untracked; }
};

struct Cache
{
    QString key = QStringLiteral("default");
    QStringList keyFiles;
    QString keyPrefix;
    QStringList paths;
    QString policy = QStringLiteral("pull-push");
    QString when = QStringLiteral("on_success");
    bool untracked = false;
};

struct Environment
{
    QString name;
    QString url;
    QString action = QStringLiteral("start");
    QString onStop;
    QString autoStopIn;
    QString tier;
    bool isSet() const { return !name.isEmpty(); }
};

struct Retry
{
    int max = 0;
    QStringList when{QStringLiteral("always")};
};

struct Trigger // a child pipeline from files of the same repository
{
    QStringList include;
    QString strategy;                      // "depend" or empty
    bool forwardYamlVariables = true;      // the trigger job's variables become the child's
    bool forwardPipelineVariables = false; // and the parent pipeline's own, when asked
    bool isSet() const { return !include.isEmpty(); }
};

struct JobDefinition
{
    QString name;
    QString stage = QStringLiteral("test");
    QStringList beforeScript;
    QStringList script;
    QStringList afterScript;
    QList<Need> needs;
    bool needsSet = false; // `needs:` written (even empty: start at once)
    QStringList dependencies;
    bool dependenciesSet = false;
    QList<Rule> rules;
    RefFilter only;
    RefFilter except;
    QString when = QStringLiteral("on_success");
    QString startIn;
    bool allowFailure = false;
    bool allowFailureSet = false;
    QList<int> allowFailureExitCodes;
    Retry retry;
    QString timeout;
    Artifacts artifacts;
    QList<Cache> cache;
    int parallel = 0;          // a count; 0: not parallel
    QList<MatrixEntry> matrix; // parallel: matrix
    Environment environment;
    QStringList tags;
    bool interruptible = false;
    QString resourceGroup;
    Trigger trigger;
    Image image; // run by the Kubernetes executor
    QList<Service> services;
    QList<Variable> variables;
    QString coverage;
    int line = 0; // where the job starts, for messages
    int column = 0;
};

struct PipelineDefinition
{
    QStringList stages; // with .pre first and .post last
    QList<Variable> variables;
    QList<Rule> workflowRules;
    QString workflowName;
    QList<JobDefinition> jobs; // visible jobs, in file order
};

} // namespace adp::pipeline
