#include "FieldSet.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::test::kube::fieldset {

namespace {

const QString kSeparator = QStringLiteral("\n");

bool isNamedList(const QJsonArray &list)
{
    if (list.isEmpty())
        return false;
    for (const QJsonValue &item : list) {
        if (!item.isObject() || !item.toObject().value(QLatin1String("name")).isString())
            return false;
    }
    return true;
}

QString keyOf(const QString &name)
{
    return QStringLiteral("k:") +
           QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact));
}

QString nameOfKey(const QString &element)
{
    return QJsonDocument::fromJson(element.mid(2).toUtf8()).object().value(QLatin1String("name")).toString();
}

void collect(const QJsonValue &value, const QString &prefix, QSet<QString> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(), prefix + QStringLiteral("f:") + it.key() + kSeparator, out);
        return;
    }
    if (value.isArray() && isNamedList(value.toArray())) {
        for (const QJsonValue &item : value.toArray())
            collect(item, prefix + keyOf(item.toObject().value(QLatin1String("name")).toString()) + kSeparator, out);
        return;
    }
    out.insert(prefix.chopped(1));
}

int indexOfNamed(const QJsonArray &list, const QString &name)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QLatin1String("name")).toString() == name)
            return i;
    }
    return -1;
}

std::optional<QJsonValue> step(const QJsonValue &value, const QString &element)
{
    if (element.startsWith(QLatin1String("f:"))) {
        const QJsonObject object = value.toObject();
        const QString key = element.mid(2);
        if (!value.isObject() || !object.contains(key))
            return std::nullopt;
        return object.value(key);
    }
    const QJsonArray list = value.toArray();
    const int index = indexOfNamed(list, nameOfKey(element));
    if (!value.isArray() || index < 0)
        return std::nullopt;
    return list.at(index);
}

QJsonValue withSet(const QJsonValue &container, const QStringList &elements, int at, const QJsonValue &value)
{
    if (at == elements.size())
        return value;
    const QString &element = elements.at(at);
    if (element.startsWith(QLatin1String("f:"))) {
        QJsonObject object = container.toObject();
        const QString key = element.mid(2);
        object.insert(key, withSet(object.value(key), elements, at + 1, value));
        return object;
    }
    QJsonArray list = container.toArray();
    const QString name = nameOfKey(element);
    int index = indexOfNamed(list, name);
    if (index < 0) {
        list.append(QJsonObject{{QStringLiteral("name"), name}});
        index = int(list.size()) - 1;
    }
    list.replace(index, withSet(list.at(index), elements, at + 1, value));
    return list;
}

// Removes the leaf and whatever it leaves empty; nullopt when the container itself is now empty.
std::optional<QJsonValue> withRemoved(const QJsonValue &container, const QStringList &elements, int at)
{
    const QString &element = elements.at(at);
    const bool last = at + 1 == elements.size();
    if (element.startsWith(QLatin1String("f:"))) {
        QJsonObject object = container.toObject();
        const QString key = element.mid(2);
        if (!object.contains(key))
            return container;
        if (last) {
            object.remove(key);
        } else {
            const auto inner = withRemoved(object.value(key), elements, at + 1);
            if (inner)
                object.insert(key, *inner);
            else
                object.remove(key);
        }
        return object.isEmpty() ? std::nullopt : std::optional<QJsonValue>(object);
    }
    QJsonArray list = container.toArray();
    const int index = indexOfNamed(list, nameOfKey(element));
    if (index < 0)
        return container;
    std::optional<QJsonValue> inner;
    if (!last)
        inner = withRemoved(list.at(index), elements, at + 1);
    // An item left with only its name is gone: its name was its key, not a field of its own.
    if (inner && inner->toObject().keys() != QStringList{QStringLiteral("name")})
        list.replace(index, *inner);
    else
        list.removeAt(index);
    return list.isEmpty() ? std::nullopt : std::optional<QJsonValue>(list);
}

void toTree(QJsonObject &tree, const QStringList &elements, int at)
{
    const QString &element = elements.at(at);
    if (at + 1 == elements.size()) {
        if (!tree.contains(element))
            tree.insert(element, QJsonObject());
        return;
    }
    QJsonObject child = tree.value(element).toObject();
    toTree(child, elements, at + 1);
    tree.insert(element, child);
}

void fromTree(const QJsonObject &tree, const QString &prefix, QSet<QString> &out)
{
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        if (it.key() == QLatin1String("."))
            continue;
        const QJsonObject child = it.value().toObject();
        const QString path = prefix + it.key();
        if (child.isEmpty() || child.contains(QLatin1String(".")))
            out.insert(path);
        if (!child.isEmpty())
            fromTree(child, path + kSeparator, out);
    }
}

} // namespace

QSet<QString> leavesOf(const QJsonObject &object)
{
    QJsonObject tracked = object;
    for (const char *key : {"apiVersion", "kind", "status"})
        tracked.remove(QLatin1String(key));
    QJsonObject metadata = tracked.value(QLatin1String("metadata")).toObject();
    for (const char *key : {"name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp",
                            "deletionTimestamp", "managedFields", "selfLink", "generateName"})
        metadata.remove(QLatin1String(key));
    if (metadata.isEmpty())
        tracked.remove(QLatin1String("metadata"));
    else
        tracked.insert(QStringLiteral("metadata"), metadata);
    QSet<QString> out;
    for (auto it = tracked.begin(); it != tracked.end(); ++it)
        collect(it.value(), QStringLiteral("f:") + it.key() + kSeparator, out);
    return out;
}

std::optional<QJsonValue> valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue current = object;
    for (const QString &element : path.split(kSeparator)) {
        const auto next = step(current, element);
        if (!next)
            return std::nullopt;
        current = *next;
    }
    return current;
}

void setAt(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    object = withSet(object, path.split(kSeparator), 0, value).toObject();
}

void removeAt(QJsonObject &object, const QString &path)
{
    const auto kept = withRemoved(object, path.split(kSeparator), 0);
    object = kept ? kept->toObject() : QJsonObject();
}

QJsonObject toFieldsV1(const QSet<QString> &paths)
{
    QJsonObject tree;
    QStringList sorted(paths.begin(), paths.end());
    sorted.sort();
    for (const QString &path : std::as_const(sorted))
        toTree(tree, path.split(kSeparator), 0);
    return tree;
}

QSet<QString> fromFieldsV1(const QJsonObject &fields)
{
    QSet<QString> out;
    fromTree(fields, {}, out);
    return out;
}

QString describe(const QString &path)
{
    QString text;
    for (const QString &element : path.split(kSeparator)) {
        if (element.startsWith(QLatin1String("f:")))
            text += u'.' + element.mid(2);
        else
            text += QStringLiteral("[name=\"%1\"]").arg(nameOfKey(element));
    }
    return text;
}

} // namespace adp::test::kube::fieldset
