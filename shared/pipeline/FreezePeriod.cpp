#include "FreezePeriod.h"

namespace adp::pipeline {

std::optional<FreezePeriod> FreezePeriod::parse(const QString &start, const QString &end, const QString &timezone,
                                                const QDateTime &now, shared::FieldErrors &errors)
{
    const qsizetype before = errors.size();
    const bool knownZone = !timezone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8());
    if (!knownZone)
        errors.append({QStringLiteral("cron_timezone"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("'%1' is not a known time zone; use an IANA name such as Europe/Berlin or UTC")
                           .arg(timezone)});
    const QTimeZone zone = knownZone ? QTimeZone(timezone.toUtf8()) : QTimeZone::utc();
    const auto read = [&](const QString &expression, const char *field) -> std::optional<CronSchedule> {
        QString problem;
        auto parsed = CronSchedule::parse(expression, &problem);
        if (!parsed)
            errors.append({QString::fromLatin1(field), QString::fromLatin1(shared::fieldcodes::InvalidValue), problem});
        else if (!parsed->nextAfter(now, zone).isValid())
            errors.append({QString::fromLatin1(field), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                           QStringLiteral("'%1' never fires").arg(expression)});
        return parsed;
    };
    auto starts = read(start, "freeze_start");
    auto ends = read(end, "freeze_end");
    if (errors.size() != before)
        return std::nullopt;
    return FreezePeriod(std::move(*starts), std::move(*ends), zone);
}

bool FreezePeriod::activeAt(const QDateTime &at) const
{
    const QDateTime started = m_start.latestAtOrBefore(at, m_zone);
    if (!started.isValid())
        return false;
    const QDateTime ended = m_end.latestAtOrBefore(at, m_zone);
    return !ended.isValid() || started > ended;
}

QDateTime FreezePeriod::endsAfter(const QDateTime &at) const
{
    return m_end.nextAfter(at, m_zone);
}

QDateTime FreezePeriod::startsAfter(const QDateTime &at) const
{
    return m_start.nextAfter(at, m_zone);
}

} // namespace adp::pipeline
