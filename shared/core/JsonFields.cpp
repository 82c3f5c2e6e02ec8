#include "JsonFields.h"

#include <QJsonArray>
#include <cmath>

namespace adp::shared {

JsonFieldReader::JsonFieldReader(const QJsonObject &object)
    : m_object(object)
{
}

QJsonValue JsonFieldReader::raw(const QString &key)
{
    take(key);
    return m_object.value(key);
}

bool JsonFieldReader::take(const QString &key)
{
    m_seen.insert(key);
    return m_object.contains(key);
}

void JsonFieldReader::typeError(const QString &key, const QString &expected)
{
    m_errors.append({key, QString::fromLatin1(fieldcodes::InvalidType), QStringLiteral("must be %1").arg(expected)});
}

std::optional<QString> JsonFieldReader::string(const QString &key)
{
    if (!take(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        typeError(key, QStringLiteral("a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> JsonFieldReader::integer(const QString &key)
{
    if (!take(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 9007199254740991.0) {
        typeError(key, QStringLiteral("an integer"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<bool> JsonFieldReader::boolean(const QString &key)
{
    if (!take(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        typeError(key, QStringLiteral("a boolean"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QStringList> JsonFieldReader::stringList(const QString &key)
{
    if (!take(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            typeError(key, QStringLiteral("an array of strings"));
            return std::nullopt;
        }
        list.append(item.toString());
    }
    if (!value.isArray()) {
        typeError(key, QStringLiteral("an array of strings"));
        return std::nullopt;
    }
    return list;
}

void JsonFieldReader::rejectUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key())) {
            m_errors.append(
                {it.key(), QString::fromLatin1(fieldcodes::UnknownField), QStringLiteral("is not a known field")});
        }
    }
}

} // namespace adp::shared
