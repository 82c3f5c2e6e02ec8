#pragma once

#include "CronSchedule.h"
#include "shared/core/FieldError.h"

namespace adp::pipeline {

// A deploy freeze window as GitLab defines one: a cron expression for when it
// starts, one for when it ends, in an IANA time zone. A moment is inside the
// window when the last start at or before it came after the last end.
class FreezePeriod
{
public:
    // nullopt with `errors` naming freeze_start, freeze_end or cron_timezone and why.
    static std::optional<FreezePeriod> parse(const QString &start, const QString &end, const QString &timezone,
                                             const QDateTime &now, shared::FieldErrors &errors);

    bool activeAt(const QDateTime &at) const;
    // When a freeze active at `at` lifts: the next end after it (UTC).
    QDateTime endsAfter(const QDateTime &at) const;
    // When the next freeze begins after `at` (UTC).
    QDateTime startsAfter(const QDateTime &at) const;

private:
    FreezePeriod(CronSchedule start, CronSchedule end, QTimeZone zone)
        : m_start(std::move(start))
        , m_end(std::move(end))
        , m_zone(std::move(zone))
    {
    }

    CronSchedule m_start;
    CronSchedule m_end;
    QTimeZone m_zone;
};

} // namespace adp::pipeline
