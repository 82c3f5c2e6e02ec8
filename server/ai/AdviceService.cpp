#include "AdviceService.h"

#include "shared/analysis/PipelineAdvisor.h"

#include <QSet>

namespace adp::server::ai {

Outcome<shared::analysis::ProjectAdvice> AdviceService::advise(const MutationContext &context, const QString &project)
{
    const auto found = m.guard.authorize(context, project, QStringLiteral("project.advice.read"));
    if (!found.ok())
        return found.error();
    const QList<shared::analysis::JobRecord> jobs = m.jobs.recentJobs(found.value().project.id, kPipelinesExamined);
    QSet<qint64> pipelines;
    for (const auto &job : jobs)
        pipelines.insert(job.pipelineId);
    return shared::analysis::ProjectAdvice{found.value().project.slug, int(pipelines.size()), int(jobs.size()),
                                           shared::analysis::PipelineAdvisor::advise(jobs)};
}

} // namespace adp::server::ai
