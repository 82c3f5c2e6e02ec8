#include "ApiTime.h"

#include <chrono>
#include <cstdio>

namespace adp::shared {

QString toApiTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString toApiTime(qint64 msSinceEpoch)
{
    return QString::fromLatin1(toApiTimeUtf8(msSinceEpoch));
}

QByteArray toApiTimeUtf8(qint64 msSinceEpoch)
{
    using namespace std::chrono;
    const sys_time<milliseconds> time{milliseconds(msSinceEpoch)};
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss<milliseconds> clock{time - day};
    char text[40];
    const int length =
        std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", int(date.year()),
                      unsigned(date.month()), unsigned(date.day()), int(clock.hours().count()),
                      int(clock.minutes().count()), int(clock.seconds().count()), int(clock.subseconds().count()));
    return QByteArray(text, length);
}

QJsonValue apiTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toApiTime(time)) : QJsonValue();
}

QDateTime fromApiTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

} // namespace adp::shared
