#include "VariableRepository.h"

#include "storage/Transaction.h"

namespace adp::server::pipelines {

QList<VariableRepository::Stored> VariableRepository::listOf(qint64 projectId) const
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT key, value_sealed, masked, updated_at, protected, variable_type, environment_scope FROM "
                       "project_variables WHERE project_id = ? ORDER BY key, environment_scope"),
        {projectId});
    return rows.map([&rows](int row) {
        return Stored{rows.value(row, 0).toString(),   rows.value(row, 1).toString(), rows.value(row, 2).toBool(),
                      rows.value(row, 3).toLongLong(), rows.value(row, 4).toBool(),   rows.value(row, 5).toString(),
                      rows.value(row, 6).toString()};
    });
}

bool VariableRepository::put(storage::Transaction &tx, qint64 projectId, const Stored &variable, qint64 nowMs)
{
    const bool existed = remove(tx, projectId, variable.key, variable.environmentScope);
    tx.exec(QStringLiteral("INSERT INTO project_variables (project_id, key, value_sealed, masked, protected, "
                           "variable_type, environment_scope, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                           "?)"),
            {projectId, variable.key, variable.valueSealed, variable.masked, variable.protectedOnly,
             variable.variableType, variable.environmentScope, nowMs, nowMs});
    return existed;
}

bool VariableRepository::remove(storage::Transaction &tx, qint64 projectId, const QString &key,
                                const QString &environmentScope)
{
    return !tx.exec(QStringLiteral("DELETE FROM project_variables WHERE project_id = ? AND key = ? AND "
                                   "environment_scope = ? RETURNING id"),
                    {projectId, key, environmentScope})
                .isEmpty();
}

QList<ports::KeptSecret> VariableRepository::secretsSetBefore(qint64 beforeMs)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT v.project_id, p.slug, v.key, v.environment_scope, v.updated_at FROM project_variables v "
                       "JOIN projects p ON p.id = v.project_id WHERE v.masked AND v.updated_at < ? "
                       "ORDER BY v.updated_at, v.id"),
        {beforeMs});
    return rows.map([&rows](int row) {
        return ports::KeptSecret{rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(),
                                 rows.value(row, 2).toString(), rows.value(row, 3).toString(),
                                 rows.value(row, 4).toLongLong()};
    });
}

} // namespace adp::server::pipelines
