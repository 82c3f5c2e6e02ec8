#pragma once

#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <optional>

namespace adp::test::kube {

// The field paths of an object as server-side apply tracks them (FieldsV1): map keys as
// "f:name", items of lists of named objects (containers, env, ports with a name) as
// `k:{"name":"x"}`, every other list as one field. A path is its elements joined with '\n'.
namespace fieldset {

// Every leaf an object sets, leaving out what the server owns (kind, apiVersion, name,
// namespace, uid, resourceVersion, generation, timestamps, managedFields, status).
QSet<QString> leavesOf(const QJsonObject &object);
std::optional<QJsonValue> valueAt(const QJsonObject &object, const QString &path);
void setAt(QJsonObject &object, const QString &path, const QJsonValue &value);
void removeAt(QJsonObject &object, const QString &path);
// The FieldsV1 JSON of a set, and back.
QJsonObject toFieldsV1(const QSet<QString> &paths);
QSet<QString> fromFieldsV1(const QJsonObject &fields);
// ".spec.template.spec.containers[name="app"].image", as the API names a field in a conflict.
QString describe(const QString &path);

} // namespace fieldset

} // namespace adp::test::kube
