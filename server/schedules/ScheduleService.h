#pragma once

#include "ScheduleRepository.h"
#include "access/Authorizer.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "ports/PipelineStarter.h"
#include "ports/UserDirectory.h"
#include "shared/core/PipelineSchedule.h"

namespace adp::server::schedules {

// Pipeline schedules: cron expressions in a time zone that run a pipeline
// for a ref with their own variables, as their owner. Reporters read them,
// developers create and play them, their owner or a maintainer changes
// and deletes them; each change is audited. runDue() is the scheduler's
// step: each due schedule runs once however many times it was missed
// (one catch-up after downtime, never a stampede) and moves to its next
// time from now; the move and the pipeline are one transaction that only
// one replica can win.
class ScheduleService
{
public:
    static constexpr int kShownRuns = 5;
    static constexpr int kDueBatch = 100; // schedules run per step; the rest on the next

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        const access::Authorizer &authorizer;
        ScheduleRepository &schedules;
        ports::PipelineStarter &pipelines;
        git::RepositoryMirror &mirror;
        ports::UserDirectory &users;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit ScheduleService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::PipelineSchedule>> list(const MutationContext &context, const QString &projectKey);
    Outcome<shared::PipelineSchedule> get(const MutationContext &context, qint64 id);
    Outcome<shared::PipelineSchedule> create(const MutationContext &context, const QString &projectKey,
                                             const shared::PipelineScheduleFields &fields,
                                             const shared::FieldErrors &invalid);
    Outcome<shared::PipelineSchedule> update(const MutationContext &context, qint64 id,
                                             const shared::PipelineScheduleFields &fields,
                                             const shared::FieldErrors &invalid);
    Outcome<Unit> remove(const MutationContext &context, qint64 id);
    // Runs it now, as the caller, without moving its next time.
    Outcome<shared::Pipeline> play(const MutationContext &context, qint64 id);

    // Runs every schedule due at the clock's now; answers how many pipelines it made.
    int runDue();

private:
    using Stored = ScheduleRepository::Stored;
    // Variables' values only for `showValues` (maintainers): they are often credentials.
    shared::PipelineSchedule present(const Stored &stored, bool showValues) const;
    // The schedule, once `action` is checked on its project; 404 for schedules of hidden projects.
    Outcome<Stored> find(const MutationContext &context, qint64 id, const QString &action,
                         shared::ProjectRole *role = nullptr);
    // The cron expression and time zone, checked; the next run from now when active.
    shared::FieldErrors checkTiming(const QString &cron, const QString &timezone) const;
    std::optional<qint64> nextRunMs(const QString &cron, const QString &timezone, qint64 afterMs) const;
    void runScheduled(const Stored &stored, qint64 nowMs, int &made);

    Dependencies m;
};

} // namespace adp::server::schedules
