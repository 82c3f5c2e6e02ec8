#include "ProtectedRefRepository.h"

#include "shared/core/WildcardPattern.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

namespace adp::server::pipelines {

using shared::ProtectedRef;

namespace {

const QString kSelect = QStringLiteral("SELECT id, kind, name, created_at FROM protected_refs ");

ProtectedRef fromRow(const storage::ResultSet &rows, int row)
{
    return ProtectedRef{rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(), rows.value(row, 2).toString(),
                        storage::timeFromMs(rows.value(row, 3))};
}

} // namespace

QList<ProtectedRef> ProtectedRefRepository::list(qint64 projectId) const
{
    const auto rows =
        m_database.query(kSelect + QStringLiteral("WHERE project_id = ? ORDER BY kind, name"), {projectId});
    return rows.map([&rows](int row) { return fromRow(rows, row); });
}

bool ProtectedRefRepository::isProtected(const storage::Executor &run, qint64 projectId, const QString &ref, bool isTag)
{
    const auto rows = run(QStringLiteral("SELECT name FROM protected_refs WHERE project_id = ? AND kind = ?"),
                          {projectId, isTag ? ProtectedRef::kTag : ProtectedRef::kBranch});
    for (int row = 0; row < rows.size(); ++row) {
        if (shared::wildcard::matches(rows.value(row, 0).toString(), ref))
            return true;
    }
    return false;
}

ProtectedRef ProtectedRefRepository::insert(storage::Transaction &tx, qint64 projectId, ProtectedRef ref,
                                            qint64 createdBy)
{
    const auto rows =
        tx.exec(QStringLiteral("INSERT INTO protected_refs (project_id, kind, name, created_by, "
                               "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {projectId, ref.kind, ref.name, storage::idOrNull(createdBy), ref.createdAt.toMSecsSinceEpoch()});
    ref.id = rows.value(0, 0).toLongLong();
    return ref;
}

std::optional<ProtectedRef> ProtectedRefRepository::find(storage::Transaction &tx, qint64 projectId, qint64 id) const
{
    const auto rows = tx.exec(kSelect + QStringLiteral("WHERE project_id = ? AND id = ?"), {projectId, id});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows, 0);
}

bool ProtectedRefRepository::exists(storage::Transaction &tx, qint64 projectId, const QString &kind,
                                    const QString &name) const
{
    return !tx.exec(QStringLiteral("SELECT 1 FROM protected_refs WHERE project_id = ? AND kind = ? AND name = ?"),
                    {projectId, kind, name})
                .isEmpty();
}

void ProtectedRefRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM protected_refs WHERE id = ?"), {id});
}

} // namespace adp::server::pipelines
