#include "ClusterConnection.h"

#include "ApiTime.h"

#include <QJsonArray>

namespace adp::shared {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString ClusterConnection::Permission::describe() const
{
    QString what = group.isEmpty() ? resource : resource + u'.' + group;
    if (!subresource.isEmpty())
        what += u'/' + subresource;
    return verb + u' ' + what;
}

bool ClusterConnection::allows(const QString &purpose) const
{
    bool any = false;
    for (const Permission &permission : permissions) {
        if (permission.purpose != purpose)
            continue;
        if (!permission.allowed)
            return false;
        any = true;
    }
    return connected && any;
}

QJsonObject ClusterConnection::toJson() const
{
    QJsonArray permissionList;
    for (const Permission &permission : permissions)
        permissionList.append(QJsonObject{{QStringLiteral("purpose"), permission.purpose},
                                          {QStringLiteral("verb"), permission.verb},
                                          {QStringLiteral("group"), permission.group},
                                          {QStringLiteral("resource"), permission.resource},
                                          {QStringLiteral("subresource"), permission.subresource},
                                          {QStringLiteral("allowed"), permission.allowed},
                                          {QStringLiteral("reason"), permission.reason}});
    QJsonArray ruleList;
    for (const Rule &rule : rules)
        ruleList.append(QJsonObject{{QStringLiteral("verbs"), toArray(rule.verbs)},
                                    {QStringLiteral("api_groups"), toArray(rule.apiGroups)},
                                    {QStringLiteral("resources"), toArray(rule.resources)},
                                    {QStringLiteral("resource_names"), toArray(rule.resourceNames)}});
    return {{QStringLiteral("connected"), connected},
            {QStringLiteral("problem"), problem.isEmpty() ? QJsonValue() : QJsonValue(problem)},
            {QStringLiteral("message"), message},
            {QStringLiteral("version"), version},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("namespace"), namespaceName},
            {QStringLiteral("can_deploy"), allows(QStringLiteral("deploy"))},
            {QStringLiteral("can_run_jobs"), allows(QStringLiteral("jobs"))},
            {QStringLiteral("permissions"), permissionList},
            {QStringLiteral("rules"), ruleList},
            {QStringLiteral("rules_incomplete"), rulesIncomplete},
            {QStringLiteral("checked_at"), toApiTime(checkedAt)}};
}

std::optional<ClusterConnection> ClusterConnection::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("connected")).isBool())
        return std::nullopt;
    ClusterConnection connection;
    connection.connected = object.value(QStringLiteral("connected")).toBool();
    connection.problem = object.value(QStringLiteral("problem")).toString();
    connection.message = object.value(QStringLiteral("message")).toString();
    connection.version = object.value(QStringLiteral("version")).toString();
    connection.platform = object.value(QStringLiteral("platform")).toString();
    connection.namespaceName = object.value(QStringLiteral("namespace")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("permissions")).toArray()) {
        const QJsonObject item = value.toObject();
        connection.permissions.append(
            {item.value(QStringLiteral("purpose")).toString(), item.value(QStringLiteral("verb")).toString(),
             item.value(QStringLiteral("group")).toString(), item.value(QStringLiteral("resource")).toString(),
             item.value(QStringLiteral("subresource")).toString(), item.value(QStringLiteral("allowed")).toBool(),
             item.value(QStringLiteral("reason")).toString()});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject item = value.toObject();
        connection.rules.append(
            {toList(item.value(QStringLiteral("verbs"))), toList(item.value(QStringLiteral("api_groups"))),
             toList(item.value(QStringLiteral("resources"))), toList(item.value(QStringLiteral("resource_names")))});
    }
    connection.rulesIncomplete = object.value(QStringLiteral("rules_incomplete")).toBool();
    connection.checkedAt = fromApiTime(object.value(QStringLiteral("checked_at")).toString());
    return connection;
}

} // namespace adp::shared
