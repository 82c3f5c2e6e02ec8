#pragma once

#include "PipelineAdvice.h"

#include <QCoreApplication>

namespace adp::shared::analysis {

// DevOps advice from a project's own recent pipelines: the slowest jobs and stages, jobs that
// install dependencies with no cache, later-stage jobs that wait for whole stages they may not
// need, retry-heavy, flaky and failure-prone jobs, and slow jobs that run in every pipeline.
// Deterministic: the same history always gives the same advice, with the figures it rests on.
class PipelineAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(PipelineAdvisor)

public:
    static constexpr int kSlowestShown = 3;
    static constexpr double kSlowShare = 0.2; // a job worth speeding up takes this share of the job time

    static QList<Advice> advise(const QList<JobRecord> &jobs);
    // The advice in words, from its kind, subject and figures (in the caller's language).
    static QString messageOf(const Advice &advice);
};

} // namespace adp::shared::analysis
