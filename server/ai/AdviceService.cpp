#include "AdviceService.h"

#include "shared/analysis/PipelineAdvisor.h"

#include <QSet>

namespace adp::server::ai {

Outcome<shared::analysis::ProjectAdvice> AdviceService::advise(const MutationContext &context, const QString &project)
{
    const auto found = m.guard.authorize(context, project, QStringLiteral("project.advice.read"));
    if (!found.ok())
        return found.error();
    shared::analysis::ProjectAdvice advice = adviceFor(found.value().project);
    const auto savings = m.savings.savingsOf(found.value().organisationId, found.value().project.id);
    if (!savings.currency.isEmpty())
        advice.savings = savings.toJson();
    return advice;
}

shared::analysis::ProjectAdvice AdviceService::adviceFor(const shared::Project &project)
{
    const QList<shared::analysis::JobRecord> jobs = m.jobs.recentJobs(project.id, kPipelinesExamined);
    QSet<qint64> pipelines;
    for (const auto &job : jobs)
        pipelines.insert(job.pipelineId);
    return shared::analysis::ProjectAdvice{project.slug, int(pipelines.size()), int(jobs.size()),
                                           shared::analysis::PipelineAdvisor::advise(jobs)};
}

} // namespace adp::server::ai
