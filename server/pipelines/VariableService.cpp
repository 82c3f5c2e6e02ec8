#include "VariableService.h"

#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

namespace adp::server::pipelines {

namespace {

shared::ProjectVariable presented(const VariableRepository::Stored &stored)
{
    shared::ProjectVariable variable;
    variable.key = stored.key;
    variable.masked = stored.masked;
    variable.updatedAt = QDateTime::fromMSecsSinceEpoch(stored.updatedMs, Qt::UTC);
    return variable;
}

} // namespace

Outcome<QList<shared::ProjectVariable>> VariableService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.variable.list"));
    if (!found.ok())
        return found.error();
    QList<shared::ProjectVariable> variables;
    for (const VariableRepository::Stored &stored : m.variables.listOf(found.value().project.id)) {
        shared::ProjectVariable variable = presented(stored);
        if (!variable.masked)
            variable.value = m.secrets.open(stored.valueSealed).value_or(QString());
        variables.append(variable);
    }
    return variables;
}

Outcome<shared::ProjectVariable> VariableService::set(const MutationContext &context, const QString &projectKey,
                                                      const QString &key, const shared::ProjectVariableFields &fields,
                                                      const shared::FieldErrors &invalid)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.variable.set"));
    if (!found.ok())
        return found.error();
    shared::FieldErrors errors = invalid;
    if (errors.isEmpty())
        errors = fields.validate(key);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const qint64 projectId = found.value().project.id;
    const qint64 now = m.clock.nowMs();
    storage::Transaction tx(m.database);
    const bool existed = m.variables.put(tx, projectId, key, m.secrets.seal(*fields.value), fields.masked, now);
    m.audit.record(tx, context,
                   {existed ? QStringLiteral("project.variable_updated") : QStringLiteral("project.variable_created"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    {},
                    QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("masked"), fields.masked}}});
    tx.commit();
    shared::ProjectVariable variable{key, fields.masked ? QString() : *fields.value, fields.masked,
                                     QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)};
    return variable;
}

Outcome<Unit> VariableService::remove(const MutationContext &context, const QString &projectKey, const QString &key)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.variable.delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    if (!m.variables.remove(tx, projectId, key))
        return ServiceError::notFound(QStringLiteral("Variable"));
    m.audit.record(tx, context,
                   {QStringLiteral("project.variable_deleted"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    QJsonObject{{QStringLiteral("key"), key}},
                    {}});
    tx.commit();
    return Unit{};
}

QList<shared::ProjectVariable> VariableService::forJob(qint64 projectId) const
{
    QList<shared::ProjectVariable> variables;
    for (const VariableRepository::Stored &stored : m.variables.listOf(projectId)) {
        shared::ProjectVariable variable = presented(stored);
        const auto value = m.secrets.open(stored.valueSealed);
        if (!value) {
            spdlog::error("variable {} of project {} does not open with this server's secrets key",
                          variable.key.toStdString(), projectId);
            continue;
        }
        variable.value = *value;
        variables.append(variable);
    }
    return variables;
}

} // namespace adp::server::pipelines
