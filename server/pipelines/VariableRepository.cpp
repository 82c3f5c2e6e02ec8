#include "VariableRepository.h"

#include "storage/Transaction.h"

namespace adp::server::pipelines {

QList<VariableRepository::Stored> VariableRepository::listOf(qint64 projectId) const
{
    const auto rows = m_database.query(QStringLiteral("SELECT key, value_sealed, masked, updated_at FROM "
                                                      "project_variables WHERE project_id = ? ORDER BY key"),
                                       {projectId});
    return rows.map([&rows](int row) {
        return Stored{rows.value(row, 0).toString(), rows.value(row, 1).toString(), rows.value(row, 2).toBool(),
                      rows.value(row, 3).toLongLong()};
    });
}

bool VariableRepository::put(storage::Transaction &tx, qint64 projectId, const QString &key, const QString &valueSealed,
                             bool masked, qint64 nowMs)
{
    const bool existed = remove(tx, projectId, key);
    tx.exec(QStringLiteral("INSERT INTO project_variables (project_id, key, value_sealed, masked, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {projectId, key, valueSealed, masked, nowMs, nowMs});
    return existed;
}

bool VariableRepository::remove(storage::Transaction &tx, qint64 projectId, const QString &key)
{
    return !tx.exec(QStringLiteral("DELETE FROM project_variables WHERE project_id = ? AND key = ? RETURNING id"),
                    {projectId, key})
                .isEmpty();
}

} // namespace adp::server::pipelines
