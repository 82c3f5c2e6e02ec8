#pragma once

#include "access/ProjectGuard.h"
#include "core/ServiceError.h"
#include "ports/JobHistory.h"
#include "ports/ProjectSavings.h"
#include "shared/analysis/PipelineAdvice.h"

namespace adp::server::ai {

// DevOps advice for a project from its own recent pipelines (shared::analysis::PipelineAdvisor),
// with the cost module's savings for it when anything is priced.
class AdviceService
{
public:
    static constexpr int kPipelinesExamined = 200;

    struct Dependencies
    {
        const access::ProjectGuard &guard;
        ports::JobHistory &jobs;
        ports::ProjectSavings &savings;
    };

    explicit AdviceService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::analysis::ProjectAdvice> advise(const MutationContext &context, const QString &project);
    // The pipelines' part alone, for a project the caller may already see.
    shared::analysis::ProjectAdvice adviceFor(const shared::Project &project);

private:
    Dependencies m;
};

} // namespace adp::server::ai
