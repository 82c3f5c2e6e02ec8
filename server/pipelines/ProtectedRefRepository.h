#pragma once

#include "shared/core/ProtectedRef.h"
#include "storage/Executor.h"

namespace adp::server::pipelines {

// The `protected_refs` table.
class ProtectedRefRepository
{
public:
    explicit ProtectedRefRepository(storage::Database &database)
        : m_database(database)
    {
    }

    QList<shared::ProtectedRef> list(qint64 projectId) const;
    // Whether a branch (or tag) of the project matches one of its protected names.
    static bool isProtected(const storage::Executor &run, qint64 projectId, const QString &ref, bool isTag);

    shared::ProtectedRef insert(storage::Transaction &tx, qint64 projectId, shared::ProtectedRef ref, qint64 createdBy);
    std::optional<shared::ProtectedRef> find(storage::Transaction &tx, qint64 projectId, qint64 id) const;
    bool exists(storage::Transaction &tx, qint64 projectId, const QString &kind, const QString &name) const;
    void remove(storage::Transaction &tx, qint64 id);

private:
    storage::Database &m_database;
};

} // namespace adp::server::pipelines
