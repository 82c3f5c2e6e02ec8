#include "ConfigNode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace adp::pipeline {

const ConfigNode *ConfigNode::get(const QString &key) const
{
    for (const auto &entry : entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

ConfigNode *ConfigNode::get(const QString &key)
{
    for (auto &entry : entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

void ConfigNode::set(const QString &key, ConfigNode value)
{
    if (ConfigNode *existing = get(key)) {
        *existing = std::move(value);
        return;
    }
    entries.append({key, std::move(value)});
}

void ConfigNode::remove(const QString &key)
{
    entries.removeIf([&key](const QPair<QString, ConfigNode> &entry) { return entry.first == key; });
}

QStringList ConfigNode::keys() const
{
    QStringList names;
    for (const auto &entry : entries)
        names.append(entry.first);
    return names;
}

std::optional<bool> ConfigNode::boolean() const
{
    if (!isScalar() || !plain)
        return std::nullopt;
    const QString text = scalar.toLower();
    if (text == u"true" || text == u"yes" || text == u"on")
        return true;
    if (text == u"false" || text == u"no" || text == u"off")
        return false;
    return std::nullopt;
}

std::optional<qint64> ConfigNode::integer() const
{
    if (!isScalar() || !plain)
        return std::nullopt;
    bool ok = false;
    const qint64 value = scalar.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QJsonValue ConfigNode::toJson() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::Sequence: {
        QJsonArray array;
        for (const ConfigNode &item : items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Map: {
        QJsonObject object;
        for (const auto &[key, value] : entries)
            object.insert(key, value.toJson());
        return object;
    }
    case Kind::Scalar:
        break;
    }
    if (!plain)
        return scalar;
    static const QRegularExpression floating(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (scalar.isEmpty() || scalar == u"~" || scalar.compare(u"null", Qt::CaseInsensitive) == 0)
        return QJsonValue::Null;
    if (const auto flag = boolean())
        return *flag;
    if (const auto number = integer())
        return *number;
    if (floating.match(scalar).hasMatch())
        return scalar.toDouble();
    return scalar;
}

QString ConfigNode::describeKind() const
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("empty");
    case Kind::Scalar:
        if (boolean())
            return QStringLiteral("a boolean");
        if (integer())
            return QStringLiteral("a number");
        return QStringLiteral("a string");
    case Kind::Sequence:
        return QStringLiteral("a list");
    case Kind::Map:
        return QStringLiteral("a mapping");
    }
    return {};
}

ConfigNode ConfigNode::makeScalar(const QString &text, bool plain)
{
    ConfigNode node;
    node.kind = Kind::Scalar;
    node.scalar = text;
    node.plain = plain;
    return node;
}

ConfigNode deepMerge(const ConfigNode &base, const ConfigNode &over)
{
    if (!base.isMap() || !over.isMap())
        return over;
    ConfigNode merged = base;
    for (const auto &[key, value] : over.entries) {
        if (const ConfigNode *existing = merged.get(key))
            merged.set(key, deepMerge(*existing, value));
        else
            merged.entries.append({key, value});
    }
    merged.line = over.line;
    merged.column = over.column;
    merged.file = over.file;
    return merged;
}

} // namespace adp::pipeline
