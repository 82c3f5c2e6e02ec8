#include "PipelinePlan.h"

#include "EnvironmentName.h"
#include "PathGlob.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace adp::pipeline {

namespace {

struct Decision
{
    bool included = false;
    QString when;
    std::optional<bool> allowFailure;
    QString startIn;
    QList<Variable> variables;
};

// `changes`: does a changed file match one of the globs? Without a diff to look at, yes (as in GitLab).
bool changed(const QStringList &globs, const std::optional<QStringList> &changedFiles)
{
    if (globs.isEmpty() || !changedFiles)
        return true;
    for (const QString &glob : globs) {
        const PathGlob pattern(glob);
        for (const QString &file : *changedFiles) {
            if (pattern.matches(file))
                return true;
        }
    }
    return false;
}

bool conditionHolds(const Rule &rule, const PlanContext &context, const RuleExpression::Variables &variables)
{
    if (rule.condition && !rule.condition->evaluate(variables))
        return false;
    if (!rule.exists.isEmpty()) {
        bool any = false;
        for (const QString &glob : rule.exists)
            any = any || (context.exists && context.exists(glob));
        if (!any)
            return false;
    }
    if (!rule.changesCompareTo.isEmpty())
        return changed(rule.changes, context.changedSince ? context.changedSince(rule.changesCompareTo) : std::nullopt);
    return changed(rule.changes, context.changedFiles);
}

// The first rule that holds decides; none holding leaves the job out.
Decision byRules(const QList<Rule> &rules, const QString &jobWhen, const PlanContext &context,
                 const RuleExpression::Variables &variables)
{
    for (const Rule &rule : rules) {
        if (!conditionHolds(rule, context, variables))
            continue;
        const QString when = rule.when.isEmpty() ? jobWhen : rule.when;
        if (when == u"never")
            return {};
        return {true, when, rule.allowFailure, rule.startIn, rule.variables};
    }
    return {};
}

// One only/except entry: a keyword, a /regex/, or a branch or tag name.
bool refMatches(const QString &pattern, const PlanContext &context)
{
    if (pattern == u"branches")
        return !context.isTag && context.source != u"merge_request_event";
    if (pattern == u"tags")
        return context.isTag;
    static const QHash<QString, QString> sources{
        {QStringLiteral("pushes"), QStringLiteral("push")},
        {QStringLiteral("web"), QStringLiteral("web")},
        {QStringLiteral("api"), QStringLiteral("api")},
        {QStringLiteral("schedules"), QStringLiteral("schedule")},
        {QStringLiteral("triggers"), QStringLiteral("trigger")},
        {QStringLiteral("merge_requests"), QStringLiteral("merge_request_event")}};
    if (sources.contains(pattern))
        return context.source == sources.value(pattern);
    if (pattern.size() > 1 && pattern.startsWith(u'/')) {
        const qsizetype close = pattern.lastIndexOf(u'/');
        QRegularExpression regex(pattern.mid(1, close - 1), pattern.mid(close + 1).contains(u'i')
                                                                ? QRegularExpression::CaseInsensitiveOption
                                                                : QRegularExpression::NoPatternOption);
        return close > 0 && regex.isValid() && regex.match(context.ref).hasMatch();
    }
    return pattern == context.ref;
}

bool filterMatches(const RefFilter &filter, const PlanContext &context, const RuleExpression::Variables &variables)
{
    bool refs = filter.refs.isEmpty();
    for (const QString &pattern : filter.refs)
        refs = refs || refMatches(pattern, context);
    bool anyVariable = filter.variables.isEmpty();
    for (const QString &text : filter.variables) {
        const auto expression = RuleExpression::parse(text, nullptr);
        anyVariable = anyVariable || (expression && expression->evaluate(variables));
    }
    return refs && anyVariable && changed(filter.changes, context.changedFiles);
}

Decision byOnlyExcept(const JobDefinition &job, const PlanContext &context, const RuleExpression::Variables &variables)
{
    RefFilter only = job.only;
    if (!only.isSet())
        only.refs = {QStringLiteral("branches"), QStringLiteral("tags")}; // GitLab's default
    if (!filterMatches(only, context, variables))
        return {};
    if (job.except.isSet() && filterMatches(job.except, context, variables))
        return {};
    return {true, job.when, std::nullopt, job.startIn, {}};
}

QJsonArray variablesJson(const QList<Variable> &variables)
{
    QJsonArray array;
    for (const Variable &variable : variables)
        array.append(QJsonObject{{QStringLiteral("key"), variable.name},
                                 {QStringLiteral("value"), variable.value},
                                 {QStringLiteral("expand"), variable.expand}});
    return array;
}

// The job's environment as the pipeline sees it: name and URL expanded with the pipeline's variables
// (which win) and the job's own; the tier written or guessed. nullopt: the name expands to nothing valid.
std::optional<QJsonObject> environmentSpec(const Environment &environment, const QList<Variable> &jobVariables,
                                           const RuleExpression::Variables &pipelineVariables)
{
    RuleExpression::Variables variables = pipelineVariables;
    for (const Variable &variable : jobVariables) {
        if (!variables.contains(variable.name))
            variables.insert(variable.name, variable.value);
    }
    const QString name = EnvironmentName::expand(environment.name, variables).trimmed();
    if (!EnvironmentName::isValid(name))
        return std::nullopt;
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("slug"), EnvironmentName::slugOf(name)},
        {QStringLiteral("url"), EnvironmentName::expand(environment.url, variables).trimmed()},
        {QStringLiteral("action"), environment.action},
        {QStringLiteral("on_stop"), environment.onStop},
        {QStringLiteral("auto_stop_in"), environment.autoStopIn},
        {QStringLiteral("tier"), environment.tier.isEmpty() ? EnvironmentName::guessTier(name) : environment.tier}};
}

QJsonObject specOf(const PipelineDefinition &definition, const JobDefinition &job, const GraphJob &instance,
                   const Decision &decision, const QJsonObject &environment)
{
    // Global first, then the job's, the matrix instance's and its rule's: later ones win.
    QList<Variable> variables = definition.variables + job.variables;
    for (auto it = instance.matrixValues.constBegin(); it != instance.matrixValues.constEnd(); ++it)
        variables.append({it.key(), it.value(), {}, true});
    variables += decision.variables;
    QJsonObject spec{
        {QStringLiteral("before_script"), QJsonArray::fromStringList(job.beforeScript)},
        {QStringLiteral("script"), QJsonArray::fromStringList(job.script)},
        {QStringLiteral("after_script"), QJsonArray::fromStringList(job.afterScript)},
        {QStringLiteral("variables"), variablesJson(variables)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(job.tags)},
        {QStringLiteral("retry"), QJsonObject{{QStringLiteral("max"), job.retry.max},
                                              {QStringLiteral("when"), QJsonArray::fromStringList(job.retry.when)}}},
        {QStringLiteral("interruptible"), job.interruptible}};
    if (!job.timeout.isEmpty())
        spec.insert(QStringLiteral("timeout"), job.timeout);
    if (!job.resourceGroup.isEmpty())
        spec.insert(QStringLiteral("resource_group"), job.resourceGroup);
    if (!job.allowFailureExitCodes.isEmpty()) {
        QJsonArray codes;
        for (int code : job.allowFailureExitCodes)
            codes.append(code);
        spec.insert(QStringLiteral("allow_failure_exit_codes"), codes);
    }
    if (job.artifacts.isSet())
        spec.insert(QStringLiteral("artifacts"),
                    QJsonObject{{QStringLiteral("paths"), QJsonArray::fromStringList(job.artifacts.paths)},
                                {QStringLiteral("exclude"), QJsonArray::fromStringList(job.artifacts.exclude)},
                                {QStringLiteral("expire_in"), job.artifacts.expireIn},
                                {QStringLiteral("when"), job.artifacts.when},
                                {QStringLiteral("name"), job.artifacts.name},
                                {QStringLiteral("untracked"), job.artifacts.untracked}});
    QJsonArray caches;
    for (const Cache &cache : job.cache)
        caches.append(QJsonObject{{QStringLiteral("key"), cache.key},
                                  {QStringLiteral("key_files"), QJsonArray::fromStringList(cache.keyFiles)},
                                  {QStringLiteral("key_prefix"), cache.keyPrefix},
                                  {QStringLiteral("paths"), QJsonArray::fromStringList(cache.paths)},
                                  {QStringLiteral("policy"), cache.policy},
                                  {QStringLiteral("when"), cache.when},
                                  {QStringLiteral("untracked"), cache.untracked}});
    if (!caches.isEmpty())
        spec.insert(QStringLiteral("cache"), caches);
    if (!environment.isEmpty())
        spec.insert(QStringLiteral("environment"), environment);
    if (job.trigger.isSet())
        spec.insert(QStringLiteral("trigger"),
                    QJsonObject{{QStringLiteral("include"), QJsonArray::fromStringList(job.trigger.include)},
                                {QStringLiteral("strategy"), job.trigger.strategy},
                                {QStringLiteral("forward_yaml_variables"), job.trigger.forwardYamlVariables},
                                {QStringLiteral("forward_pipeline_variables"), job.trigger.forwardPipelineVariables}});
    if (!job.dependencies.isEmpty() || job.dependenciesSet)
        spec.insert(QStringLiteral("dependencies"), QJsonArray::fromStringList(job.dependencies));
    if (!job.image.isEmpty()) {
        spec.insert(QStringLiteral("image"), job.image.name);
        if (!job.image.entrypoint.isEmpty())
            spec.insert(QStringLiteral("image_entrypoint"), QJsonArray::fromStringList(job.image.entrypoint));
    }
    if (!job.services.isEmpty()) {
        QJsonArray services;
        for (const Service &service : job.services)
            services.append(QJsonObject{{QStringLiteral("name"), service.name},
                                        {QStringLiteral("alias"), service.alias},
                                        {QStringLiteral("entrypoint"), QJsonArray::fromStringList(service.entrypoint)},
                                        {QStringLiteral("command"), QJsonArray::fromStringList(service.command)},
                                        {QStringLiteral("variables"), variablesJson(service.variables)}});
        spec.insert(QStringLiteral("services"), services);
    }
    return spec;
}

// Is `instance` (a planned job's name) the job written as `name`, or one of its parallel instances?
bool isInstanceOf(const QString &instance, const QString &name)
{
    return instance == name || instance.startsWith(name + u' ') || instance.startsWith(name + QStringLiteral(": ["));
}

// Whose artifacts a job unpacks before its script, as GitLab decides: `dependencies` when written,
// else its `needs` that keep `artifacts: true`, else every job of the earlier stages.
QStringList artifactSources(const JobDefinition &job, const PlannedJob &planned, const QList<PlannedJob> &all)
{
    QStringList sources;
    for (const PlannedJob &other : all) {
        if (other.name == planned.name)
            continue;
        bool wanted = false;
        if (job.dependenciesSet) {
            for (const QString &dependency : job.dependencies)
                wanted = wanted || isInstanceOf(other.name, dependency);
        } else if (planned.needs) {
            if (planned.needs->contains(other.name)) {
                wanted = true;
                for (const Need &need : job.needs)
                    wanted = wanted && (need.artifacts || !isInstanceOf(other.name, need.job));
            }
        } else {
            wanted = other.stageIndex < planned.stageIndex;
        }
        if (wanted)
            sources.append(other.name);
    }
    return sources;
}

} // namespace

PipelinePlan PipelinePlan::make(const PipelineDefinition &definition, const JobGraph &graph, const PlanContext &context)
{
    PipelinePlan plan;
    RuleExpression::Variables variables = context.variables;
    for (const Variable &variable : definition.variables) {
        if (!variables.contains(variable.name))
            variables.insert(variable.name, variable.value);
    }
    if (!definition.workflowRules.isEmpty()) {
        const Decision workflow = byRules(definition.workflowRules, QStringLiteral("always"), context, variables);
        if (!workflow.included) {
            plan.skippedBecause = QStringLiteral("workflow: rules leave this %1 out")
                                      .arg(context.isTag ? QStringLiteral("tag") : QStringLiteral("ref"));
            return plan;
        }
        for (const Variable &variable : workflow.variables)
            variables.insert(variable.name, variable.value);
    }

    QHash<QString, Decision> decisions;
    for (const GraphJob &instance : graph.jobs()) {
        const JobDefinition &job = definition.jobs.at(instance.definition);
        RuleExpression::Variables jobVariables = variables;
        for (const Variable &variable : job.variables)
            jobVariables.insert(variable.name, variable.value);
        for (auto it = instance.matrixValues.constBegin(); it != instance.matrixValues.constEnd(); ++it)
            jobVariables.insert(it.key(), it.value());
        const Decision decision = job.rules.isEmpty() ? byOnlyExcept(job, context, jobVariables)
                                                      : byRules(job.rules, job.when, context, jobVariables);
        if (decision.included)
            decisions.insert(instance.name, decision);
    }

    for (const GraphJob &instance : graph.jobs()) {
        if (!decisions.contains(instance.name))
            continue;
        const JobDefinition &job = definition.jobs.at(instance.definition);
        const Decision &decision = decisions.value(instance.name);
        PlannedJob planned;
        planned.name = instance.name;
        planned.stage = instance.stage;
        planned.stageIndex = instance.stageIndex;
        planned.when = decision.when;
        planned.startIn = decision.startIn.isEmpty() ? job.startIn : decision.startIn;
        planned.allowFailure =
            decision.allowFailure.value_or(job.allowFailure || (job.when == u"manual" && !job.allowFailureSet));
        if (instance.needsSet) {
            QStringList needs;
            for (const QString &need : instance.needs) {
                if (decisions.contains(need)) {
                    needs.append(need);
                    continue;
                }
                bool optional = false;
                for (const Need &written : job.needs)
                    optional = optional || (written.optional && (need == written.job || need.startsWith(written.job)));
                if (!optional)
                    plan.errors.append(
                        {job.name + QStringLiteral(":needs"),
                         QStringLiteral("'%1' needs '%2', which is not in this pipeline (its rules left it out)")
                             .arg(instance.name, need),
                         job.line,
                         job.column,
                         {}});
            }
            planned.needs = needs;
        }
        QJsonObject environment;
        if (job.environment.isSet()) {
            QList<Variable> variables = definition.variables + job.variables + decision.variables;
            for (auto it = instance.matrixValues.constBegin(); it != instance.matrixValues.constEnd(); ++it)
                variables.append({it.key(), it.value(), {}, true});
            const auto expanded = environmentSpec(job.environment, variables, context.variables);
            if (!expanded) {
                plan.errors.append(
                    {job.name + QStringLiteral(":environment:name"),
                     QStringLiteral("'%1' expands to '%2', which is not a valid environment name "
                                    "(letters, digits, spaces and - _ / . only)")
                         .arg(job.environment.name, EnvironmentName::expand(job.environment.name, context.variables)),
                     job.line,
                     job.column,
                     {}});
                continue;
            }
            environment = *expanded;
        }
        planned.spec = specOf(definition, job, instance, decision, environment);
        if (planned.when == u"delayed")
            planned.spec.insert(QStringLiteral("start_in"), planned.startIn);
        plan.jobs.append(planned);
    }
    for (PlannedJob &planned : plan.jobs) {
        const JobDefinition &job = definition.jobs.at(graph.find(planned.name)->definition);
        const QStringList sources = artifactSources(job, planned, plan.jobs);
        if (!sources.isEmpty())
            planned.spec.insert(QStringLiteral("artifacts_from"), QJsonArray::fromStringList(sources));
    }
    if (!plan.errors.isEmpty()) {
        plan.jobs.clear();
        return plan;
    }
    if (plan.jobs.isEmpty()) {
        plan.skippedBecause = QStringLiteral("no job's rules include it for this %1")
                                  .arg(context.isTag ? QStringLiteral("tag") : QStringLiteral("ref"));
        return plan;
    }
    plan.created = true;
    return plan;
}

} // namespace adp::pipeline
