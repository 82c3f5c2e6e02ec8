#pragma once

#include "shared/core/ComplianceSchedule.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::compliance {

// The `compliance_schedules` table: each scheduled report's settings, the notification rule it
// goes through (shown with its project, name and channel) and how its last sending went.
class ComplianceScheduleRepository
{
public:
    explicit ComplianceScheduleRepository(storage::Database &database)
        : m_database(database)
    {
    }

    std::optional<shared::ComplianceSchedule> find(qint64 id) const;
    QList<shared::ComplianceSchedule> list() const;
    bool nameTaken(const QString &name, qint64 exceptId) const;
    qint64 insert(storage::Transaction &tx, const shared::ComplianceSchedule &schedule, qint64 createdBy, qint64 nowMs);
    // The settings a person changes, and when it runs next; a failing report's attempts are forgotten.
    void update(storage::Transaction &tx, const shared::ComplianceSchedule &schedule, qint64 nowMs);
    void remove(storage::Transaction &tx, qint64 id);

    // The sender's side. Claims the active schedule after `afterId` (by id: one pass meets each once)
    // whose time has come and that no other replica holds, until `untilMs`.
    std::optional<shared::ComplianceSchedule> claimDue(qint64 nowMs, qint64 untilMs, qint64 afterId);
    // Sent (or given up on): the next period's run is set and the claim released.
    void settle(qint64 id, const QString &outcome, const QString &error, int failedChecks, qint64 ranMs,
                qint64 nextRunMs);
    // Not sent yet: tried again at `retryMs`, the same period.
    void retryAt(qint64 id, int attempts, qint64 retryMs, const QString &error);

private:
    QList<shared::ComplianceSchedule> select(const QString &where, const storage::SqlParams &params) const;

    storage::Database &m_database;
};

} // namespace adp::server::compliance
