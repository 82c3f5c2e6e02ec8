#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace adp::shared {

// The API's one time format: ISO 8601 in UTC with milliseconds
// ("2026-11-26T11:44:58.545Z"); an invalid time is the empty string.
QString toApiTime(const QDateTime &time);
QString toApiTime(qint64 msSinceEpoch);
// The same as UTF-8 bytes, without a QDateTime: for a million rows at a time (audit exports).
QByteArray toApiTimeUtf8(qint64 msSinceEpoch);
// Reads the API's format, and plain ISO 8601 from people ("2026-11-26T09:30:00Z").
QDateTime fromApiTime(const QString &text);
// For optional times in JSON: the API's format, or null when the time is invalid.
QJsonValue apiTimeOrNull(const QDateTime &time);

} // namespace adp::shared
