#include "ApiTime.h"

namespace adp::shared {

QString toApiTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString toApiTime(qint64 msSinceEpoch)
{
    return toApiTime(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
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
