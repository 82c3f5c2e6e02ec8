#include "CronSchedule.h"

#include <QStringList>

namespace adp::pipeline {

namespace {

struct Field
{
    const char *name;
    int low;
    int high;
    QStringList names; // names for low, low + 1, ...
};

const QStringList kMonthNames{QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                              QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                              QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                              QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
const QStringList kDayNames{QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"), QStringLiteral("WED"),
                            QStringLiteral("THU"), QStringLiteral("FRI"), QStringLiteral("SAT")};

std::optional<int> valueOf(const QString &text, const Field &field)
{
    const qsizetype named = field.names.indexOf(text.toUpper());
    if (named >= 0)
        return field.low + int(named);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < field.low || value > field.high)
        return std::nullopt;
    return value;
}

// Fills `bits` from one field ("*/15", "1-5", "MON,WED", "0-30/10"); false with `error` when it is wrong.
template <size_t N> bool parseField(const QString &text, const Field &field, std::bitset<N> &bits, QString *error)
{
    for (const QString &item : text.split(u',')) {
        const QStringList stepped = item.split(u'/');
        if (stepped.size() > 2 || item.isEmpty()) {
            *error =
                QStringLiteral("%1: '%2' is not a value, range or step").arg(QString::fromLatin1(field.name), item);
            return false;
        }
        int step = 1;
        if (stepped.size() == 2) {
            bool ok = false;
            step = stepped.at(1).toInt(&ok);
            if (!ok || step < 1 || step > field.high) {
                *error = QStringLiteral("%1: the step in '%2' must be a number from 1 to %3")
                             .arg(QString::fromLatin1(field.name), item)
                             .arg(field.high);
                return false;
            }
        }
        int from = field.low;
        int to = field.high;
        const QString range = stepped.at(0);
        if (range != u"*") {
            const QStringList bounds = range.split(u'-');
            const auto first = bounds.size() <= 2 ? valueOf(bounds.at(0), field) : std::nullopt;
            const auto last = bounds.size() == 2 ? valueOf(bounds.at(1), field) : first;
            if (!first || !last || *last < *first) {
                *error = QStringLiteral("%1: '%2' is not within %3-%4")
                             .arg(QString::fromLatin1(field.name), range)
                             .arg(field.low)
                             .arg(field.high);
                return false;
            }
            from = *first;
            // "5/15" means from 5 to the end by 15, as in Vixie cron.
            to = bounds.size() == 1 && stepped.size() == 2 ? field.high : *last;
        }
        for (int value = from; value <= to; value += step)
            bits.set(size_t(value));
    }
    return true;
}

QString macro(const QString &expression)
{
    static const QList<QPair<QString, QString>> macros{{QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
                                                       {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
                                                       {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
                                                       {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
                                                       {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
                                                       {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
                                                       {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")}};
    for (const auto &[name, fields] : macros) {
        if (expression.compare(name, Qt::CaseInsensitive) == 0)
            return fields;
    }
    return expression;
}

} // namespace

std::optional<CronSchedule> CronSchedule::parse(const QString &expression, QString *error)
{
    const QStringList fields = macro(expression.trimmed()).split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        *error = QStringLiteral("needs five fields (minute hour day-of-month month day-of-week) or a macro such as "
                                "@daily; '%1' has %2")
                     .arg(expression.trimmed())
                     .arg(fields.size());
        return std::nullopt;
    }
    CronSchedule schedule;
    std::bitset<8> weekdays; // 0-7: 7 is Sunday too
    if (!parseField(fields.at(0), {"minute", 0, 59, {}}, schedule.m_minutes, error) ||
        !parseField(fields.at(1), {"hour", 0, 23, {}}, schedule.m_hours, error) ||
        !parseField(fields.at(2), {"day of month", 1, 31, {}}, schedule.m_days, error) ||
        !parseField(fields.at(3), {"month", 1, 12, kMonthNames}, schedule.m_months, error) ||
        !parseField(fields.at(4), {"day of week", 0, 7, kDayNames}, weekdays, error))
        return std::nullopt;
    for (size_t day = 0; day < 7; ++day)
        schedule.m_weekdays.set(day, weekdays.test(day) || (day == 0 && weekdays.test(7)));
    schedule.m_anyDay = fields.at(2).startsWith(u'*');
    schedule.m_anyWeekday = fields.at(4).startsWith(u'*');
    return schedule;
}

bool CronSchedule::dayMatches(const QDate &date) const
{
    if (!m_months.test(size_t(date.month())))
        return false;
    const bool day = m_days.test(size_t(date.day()));
    const bool weekday = m_weekdays.test(size_t(date.dayOfWeek() % 7));
    if (!m_anyDay && !m_anyWeekday)
        return day || weekday;
    return day && weekday;
}

QDateTime CronSchedule::nextAfter(const QDateTime &after, const QTimeZone &zone) const
{
    constexpr int kSearchDays = 8 * 366; // February 29th on a given weekday can be years away
    const qint64 afterMs = after.toMSecsSinceEpoch();
    const QDate firstDay = after.toTimeZone(zone).date();
    for (int offset = 0; offset <= kSearchDays; ++offset) {
        const QDate date = firstDay.addDays(offset);
        if (!dayMatches(date))
            continue;
        for (int hour = 0; hour < 24; ++hour) {
            if (!m_hours.test(size_t(hour)))
                continue;
            for (int minute = 0; minute < 60; ++minute) {
                if (!m_minutes.test(size_t(minute)))
                    continue;
                const QDateTime candidate = firingAt(date, QTime(hour, minute), zone);
                if (candidate.isValid() && candidate.toMSecsSinceEpoch() > afterMs)
                    return candidate.toUTC();
            }
        }
    }
    return {};
}

QDateTime CronSchedule::firingAt(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    QDateTime candidate(date, time, zone);
    if (!candidate.isValid()) {
        // Skipped by a clock change: it runs when the clock jumps.
        const QTimeZone::OffsetData jump = zone.nextTransition(QDateTime(date, QTime(0, 0), zone));
        candidate = jump.atUtc.toTimeZone(zone);
    }
    return candidate;
}

QDateTime CronSchedule::latestAtOrBefore(const QDateTime &at, const QTimeZone &zone) const
{
    constexpr int kSearchDays = 8 * 366;
    const qint64 atMs = at.toMSecsSinceEpoch();
    const QDate lastDay = at.toTimeZone(zone).date();
    for (int offset = 0; offset <= kSearchDays; ++offset) {
        const QDate date = lastDay.addDays(-offset);
        if (!dayMatches(date))
            continue;
        for (int hour = 23; hour >= 0; --hour) {
            if (!m_hours.test(size_t(hour)))
                continue;
            for (int minute = 59; minute >= 0; --minute) {
                if (!m_minutes.test(size_t(minute)))
                    continue;
                const QDateTime candidate = firingAt(date, QTime(hour, minute), zone);
                if (candidate.isValid() && candidate.toMSecsSinceEpoch() <= atMs)
                    return candidate.toUTC();
            }
        }
    }
    return {};
}

QList<QDateTime> CronSchedule::next(const QDateTime &after, const QTimeZone &zone, int count) const
{
    QList<QDateTime> times;
    QDateTime from = after;
    while (times.size() < count) {
        from = nextAfter(from, zone);
        if (!from.isValid())
            break;
        times.append(from);
    }
    return times;
}

} // namespace adp::pipeline
