#include "JobGraph.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace adp::pipeline {

namespace {

// Every combination of one matrix entry's values, in the order GitLab lists them.
// Every combination of one matrix entry's values: (name, value) pairs in the order written.
QList<QList<QPair<QString, QString>>> combinations(const MatrixEntry &entry)
{
    QList<QList<QPair<QString, QString>>> result{{}};
    for (const auto &[name, values] : entry) {
        QList<QList<QPair<QString, QString>>> next;
        for (const auto &partial : std::as_const(result)) {
            for (const QString &value : values)
                next.append(partial + QList<QPair<QString, QString>>{{name, value}});
        }
        result = next;
    }
    return result;
}

bool matches(const GraphJob &job, const QList<MatrixEntry> &matrix)
{
    for (const auto &entry : matrix) {
        bool all = !entry.isEmpty();
        for (const auto &[name, values] : entry) {
            if (!values.contains(job.matrixValues.value(name)))
                all = false;
        }
        if (all)
            return true;
    }
    return false;
}

DefinitionError errorAt(const JobDefinition &job, const QString &keyword, const QString &message)
{
    return {job.name + u':' + keyword, message, job.line, job.column, {}};
}

} // namespace

JobGraph JobGraph::build(const PipelineDefinition &definition, DefinitionErrors &errors)
{
    JobGraph graph;
    graph.expand(definition);
    graph.resolveNeeds(definition, errors);
    graph.checkDependencies(definition, errors);
    if (errors.isEmpty())
        graph.checkCycles(definition, errors);
    for (const QString &stage : definition.stages) {
        for (const GraphJob &job : std::as_const(graph.m_jobs)) {
            if (job.stage == stage) {
                graph.m_stages.append(stage);
                break;
            }
        }
    }
    return graph;
}

void JobGraph::expand(const PipelineDefinition &definition)
{
    // A job written out under an instance's name ("deploy_job: [3, D]") replaces that instance.
    QSet<QString> written;
    for (const JobDefinition &job : definition.jobs) {
        if (job.matrix.isEmpty() && job.parallel <= 1)
            written.insert(job.name);
    }
    for (int index = 0; index < definition.jobs.size(); ++index) {
        const JobDefinition &job = definition.jobs.at(index);
        GraphJob base;
        base.definition = index;
        base.stage = job.stage;
        base.stageIndex = int(definition.stages.indexOf(job.stage));
        base.needsSet = job.needsSet;
        if (!job.matrix.isEmpty()) {
            for (const auto &entry : job.matrix) {
                for (const auto &values : combinations(entry)) {
                    GraphJob instance = base;
                    QStringList shown;
                    for (const auto &[name, value] : values) {
                        instance.matrixValues.insert(name, value);
                        shown.append(value);
                    }
                    instance.name = QStringLiteral("%1: [%2]").arg(job.name, shown.join(QStringLiteral(", ")));
                    if (!written.contains(instance.name))
                        m_jobs.append(instance);
                }
            }
        } else if (job.parallel > 1) {
            for (int i = 1; i <= job.parallel; ++i) {
                GraphJob instance = base;
                instance.name = QStringLiteral("%1 %2/%3").arg(job.name).arg(i).arg(job.parallel);
                instance.parallelIndex = i;
                instance.parallelTotal = job.parallel;
                m_jobs.append(instance);
            }
        } else {
            base.name = job.name;
            m_jobs.append(base);
        }
    }
}

QList<const GraphJob *> JobGraph::instancesOf(const QString &name) const
{
    QList<const GraphJob *> found;
    for (const GraphJob &job : m_jobs) {
        if (job.name == name)
            return {&job};
    }
    for (const GraphJob &job : m_jobs) {
        // Instances carry their definition's name before " 1/3" or ": [..]".
        if (job.name.startsWith(name + u' ') || job.name.startsWith(name + QStringLiteral(": [")))
            found.append(&job);
    }
    return found;
}

const GraphJob *JobGraph::find(const QString &name) const
{
    for (const GraphJob &job : m_jobs) {
        if (job.name == name)
            return &job;
    }
    return nullptr;
}

void JobGraph::resolveNeeds(const PipelineDefinition &definition, DefinitionErrors &errors)
{
    for (GraphJob &job : m_jobs) {
        const JobDefinition &source = definition.jobs.at(job.definition);
        for (const Need &need : source.needs) {
            QList<const GraphJob *> targets = instancesOf(need.job);
            if (!need.matrix.isEmpty())
                targets.removeIf([&need](const GraphJob *candidate) { return !matches(*candidate, need.matrix); });
            if (targets.isEmpty()) {
                if (!need.optional)
                    errors.append(errorAt(
                        source, QStringLiteral("needs"),
                        QStringLiteral(
                            "'%1' is not a job of this pipeline (mark it optional: true if rules may leave it out)")
                            .arg(need.job)));
                continue;
            }
            for (const GraphJob *target : std::as_const(targets)) {
                if (target->stageIndex > job.stageIndex) {
                    errors.append(errorAt(source, QStringLiteral("needs"),
                                          QStringLiteral("'%1' is in a later stage (%2) than this job (%3)")
                                              .arg(target->name, target->stage, job.stage)));
                    continue;
                }
                if (target->name == job.name) {
                    errors.append(errorAt(source, QStringLiteral("needs"), QStringLiteral("a job cannot need itself")));
                    continue;
                }
                if (!job.needs.contains(target->name))
                    job.needs.append(target->name);
            }
        }
    }
}

void JobGraph::checkDependencies(const PipelineDefinition &definition, DefinitionErrors &errors)
{
    for (const GraphJob &job : std::as_const(m_jobs)) {
        const JobDefinition &source = definition.jobs.at(job.definition);
        for (const QString &dependency : source.dependencies) {
            const auto targets = instancesOf(dependency);
            if (targets.isEmpty()) {
                errors.append(errorAt(source, QStringLiteral("dependencies"),
                                      QStringLiteral("'%1' is not a job of this pipeline").arg(dependency)));
                continue;
            }
            for (const GraphJob *target : targets) {
                const bool needed = job.needs.contains(target->name);
                if (target->stageIndex >= job.stageIndex && !needed)
                    errors.append(
                        errorAt(source, QStringLiteral("dependencies"),
                                QStringLiteral("'%1' does not run before this job (an earlier stage, or needs)")
                                    .arg(target->name)));
            }
        }
    }
}

void JobGraph::checkCycles(const PipelineDefinition &definition, DefinitionErrors &errors)
{
    QHash<QString, int> index;
    for (int i = 0; i < m_jobs.size(); ++i)
        index.insert(m_jobs.at(i).name, i);
    enum class Mark { None, Visiting, Done };
    QList<Mark> marks(m_jobs.size(), Mark::None);
    QStringList path;
    QSet<QString> reported;
    std::function<void(int)> visit = [&](int i) {
        marks[i] = Mark::Visiting;
        path.append(m_jobs.at(i).name);
        for (const QString &need : m_jobs.at(i).needs) {
            const int next = index.value(need, -1);
            if (next < 0)
                continue;
            if (marks.at(next) == Mark::Visiting) {
                const QStringList cycle = path.mid(path.indexOf(need)) + QStringList{need};
                const JobDefinition &source = definition.jobs.at(m_jobs.at(i).definition);
                if (!reported.contains(source.name)) {
                    reported.insert(source.name);
                    errors.append(
                        errorAt(source, QStringLiteral("needs"),
                                QStringLiteral("the needs form a cycle: %1").arg(cycle.join(QStringLiteral(" -> ")))));
                }
            } else if (marks.at(next) == Mark::None) {
                visit(next);
            }
        }
        path.removeLast();
        marks[i] = Mark::Done;
    };
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (marks.at(i) == Mark::None)
            visit(i);
    }
}

QJsonObject JobGraph::toJson(const PipelineDefinition &definition) const
{
    QJsonArray jobs;
    for (const GraphJob &job : m_jobs) {
        const JobDefinition &source = definition.jobs.at(job.definition);
        QJsonObject json{{QStringLiteral("name"), job.name},
                         {QStringLiteral("stage"), job.stage},
                         {QStringLiteral("when"), source.when}};
        if (job.needsSet)
            json.insert(QStringLiteral("needs"), QJsonArray::fromStringList(job.needs));
        if (source.allowFailure || !source.allowFailureExitCodes.isEmpty())
            json.insert(QStringLiteral("allow_failure"), true);
        if (source.environment.isSet())
            json.insert(QStringLiteral("environment"), source.environment.name);
        if (source.trigger.isSet())
            json.insert(QStringLiteral("trigger"), QJsonArray::fromStringList(source.trigger.include));
        if (!source.rules.isEmpty())
            json.insert(QStringLiteral("rules"), int(source.rules.size()));
        jobs.append(json);
    }
    return {{QStringLiteral("stages"), QJsonArray::fromStringList(m_stages)}, {QStringLiteral("jobs"), jobs}};
}

} // namespace adp::pipeline
