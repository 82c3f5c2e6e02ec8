#include "VariableService.h"

#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

namespace adp::server::pipelines {

namespace {

shared::ProjectVariable fromRow(const storage::ResultSet &rows, int row)
{
    shared::ProjectVariable variable;
    variable.key = rows.value(row, 0).toString();
    variable.masked = rows.value(row, 2).toBool();
    variable.updatedAt = QDateTime::fromMSecsSinceEpoch(rows.value(row, 3).toLongLong(), Qt::UTC);
    return variable;
}

const QString kSelect =
    QStringLiteral("SELECT key, value_sealed, masked, updated_at FROM project_variables WHERE project_id = ? ");

} // namespace

Outcome<QList<shared::ProjectVariable>> VariableService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.variable.list"));
    if (!found.ok())
        return found.error();
    const auto rows = m.database.query(kSelect + QStringLiteral("ORDER BY key"), {found.value().project.id});
    QList<shared::ProjectVariable> variables;
    for (int row = 0; row < rows.size(); ++row) {
        shared::ProjectVariable variable = fromRow(rows, row);
        if (!variable.masked)
            variable.value = m.secrets.open(rows.value(row, 1).toString()).value_or(QString());
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
    const bool existed =
        !tx.exec(QStringLiteral("DELETE FROM project_variables WHERE project_id = ? AND key = ? RETURNING id"),
                 {projectId, key})
             .isEmpty();
    tx.exec(
        QStringLiteral("INSERT INTO project_variables (project_id, key, value_sealed, masked, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {projectId, key, m.secrets.seal(*fields.value), fields.masked, now, now});
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
    if (tx.exec(QStringLiteral("DELETE FROM project_variables WHERE project_id = ? AND key = ? RETURNING id"),
                {projectId, key})
            .isEmpty())
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
    const auto rows = m.database.query(kSelect + QStringLiteral("ORDER BY key"), {projectId});
    QList<shared::ProjectVariable> variables;
    for (int row = 0; row < rows.size(); ++row) {
        shared::ProjectVariable variable = fromRow(rows, row);
        const auto value = m.secrets.open(rows.value(row, 1).toString());
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
