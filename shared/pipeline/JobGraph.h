#pragma once

#include "DefinitionError.h"
#include "PipelineDefinition.h"

#include <QJsonObject>
#include <QMap>

namespace adp::pipeline {

// The jobs a definition makes, with `parallel` expanded the way GitLab names
// them ("test 1/3", "deploy: [aws, app1]") and `needs` resolved to those
// names: a need on a parallel job waits for all of its instances, or for the
// ones its `parallel: matrix` picks. Checked: needs name existing jobs in the
// same or an earlier stage, without cycles; dependencies name earlier jobs.
struct GraphJob
{
    QString name;
    int definition = 0; // index into PipelineDefinition::jobs
    QString stage;
    int stageIndex = 0;
    QStringList needs; // resolved names; empty with needsSet: start at once
    bool needsSet = false;
    QMap<QString, QString> matrixValues; // a matrix instance's variables
    int parallelIndex = 0;               // 1-based for `parallel: N`; 0 otherwise
    int parallelTotal = 0;
};

class JobGraph
{
public:
    static JobGraph build(const PipelineDefinition &definition, DefinitionErrors &errors);

    const QList<GraphJob> &jobs() const { return m_jobs; }
    QStringList stages() const { return m_stages; } // only those with jobs, in order
    const GraphJob *find(const QString &name) const;
    // For lint output and the API: stages, and jobs with stage, needs and when.
    QJsonObject toJson(const PipelineDefinition &definition) const;

private:
    void expand(const PipelineDefinition &definition);
    void resolveNeeds(const PipelineDefinition &definition, DefinitionErrors &errors);
    void checkDependencies(const PipelineDefinition &definition, DefinitionErrors &errors);
    void checkCycles(const PipelineDefinition &definition, DefinitionErrors &errors);
    QList<const GraphJob *> instancesOf(const QString &name) const;

    QList<GraphJob> m_jobs;
    QStringList m_stages;
};

} // namespace adp::pipeline
