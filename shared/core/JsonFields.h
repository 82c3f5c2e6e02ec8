#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <optional>

namespace adp::shared {

// Reads fields out of a client's JSON object strictly: a wrong type or a key
// nobody asked for becomes a FieldError instead of being silently coerced.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(const QJsonObject &object);

    // Absent key -> nullopt; present but not a string -> error, nullopt.
    std::optional<QString> string(const QString &key);
    std::optional<qint64> integer(const QString &key);
    std::optional<bool> boolean(const QString &key);
    std::optional<QStringList> stringList(const QString &key);
    // The value as sent, for shapes the typed readers do not cover; undefined when absent.
    QJsonValue raw(const QString &key);

    // Call last: every key not read above is reported as unknown.
    void rejectUnknownFields();

    const FieldErrors &errors() const { return m_errors; }

private:
    bool take(const QString &key);
    void typeError(const QString &key, const QString &expected);

    QJsonObject m_object;
    QSet<QString> m_seen;
    FieldErrors m_errors;
};

} // namespace adp::shared
