#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <bitset>
#include <optional>

namespace adp::pipeline {

// A cron expression as GitLab's pipeline schedules take it: five fields
// (minute, hour, day of month, month, day of week) with lists, ranges,
// steps and names (JAN, MON), or @hourly, @daily, @weekly, @monthly,
// @yearly. When both day fields are restricted either may match, as in
// Vixie cron. Times are in a time zone: a time that a clock change skips
// runs when the clock jumps; one that happens twice runs once.
class CronSchedule
{
public:
    // nullopt with `error` saying which field is wrong and why.
    static std::optional<CronSchedule> parse(const QString &expression, QString *error);

    // The first firing strictly after `after`, in UTC; invalid when none within eight years.
    QDateTime nextAfter(const QDateTime &after, const QTimeZone &zone) const;
    QList<QDateTime> next(const QDateTime &after, const QTimeZone &zone, int count) const;
    // The last firing at or before `at`, in UTC; invalid when none within eight years.
    QDateTime latestAtOrBefore(const QDateTime &at, const QTimeZone &zone) const;

private:
    bool dayMatches(const QDate &date) const;
    // The firing at `time` of `date` in `zone` (a time a clock change skips: when the clock jumps).
    static QDateTime firingAt(const QDate &date, const QTime &time, const QTimeZone &zone);

    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    // 1-31
    std::bitset<13> m_months;  // 1-12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_anyDay = true;      // day of month written as *
    bool m_anyWeekday = true;  // day of week written as *
};

} // namespace adp::pipeline
