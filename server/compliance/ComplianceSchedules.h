#pragma once

#include "ComplianceScheduleRepository.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/ServiceError.h"
#include "ports/RuleChannels.h"

namespace adp::server::compliance {

// The scheduled compliance reports auditors and administrators keep (who may is the permission
// table's business: compliance.schedules). Each names a notification rule the person may read;
// the rule keeps the channel and its secrets. Every change is audited.
class ComplianceSchedules
{
public:
    struct Dependencies
    {
        storage::Database &database;
        ComplianceScheduleRepository &schedules;
        ports::RuleChannels &rules;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit ComplianceSchedules(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    Outcome<QList<shared::ComplianceSchedule>> list(const MutationContext &context) const;
    Outcome<shared::ComplianceSchedule> get(const MutationContext &context, qint64 id) const;
    Outcome<shared::ComplianceSchedule> create(const MutationContext &context,
                                               const shared::ComplianceScheduleFields &fields,
                                               const shared::FieldErrors &invalid);
    Outcome<shared::ComplianceSchedule> update(const MutationContext &context, qint64 id,
                                               const shared::ComplianceScheduleFields &fields,
                                               const shared::FieldErrors &invalid);
    Outcome<Unit> remove(const MutationContext &context, qint64 id);
    // Sends a report of the period ending now, at once (the sender takes it within a second).
    Outcome<shared::ComplianceSchedule> runNow(const MutationContext &context, qint64 id);

private:
    // The schedule as it will be after `fields`, checked as a whole.
    Outcome<shared::ComplianceSchedule> merged(const MutationContext &context,
                                               const shared::ComplianceSchedule &current,
                                               const shared::ComplianceScheduleFields &fields,
                                               shared::FieldErrors errors, bool creating) const;
    static QJsonObject summary(const shared::ComplianceSchedule &schedule);

    Dependencies m;
};

} // namespace adp::server::compliance
