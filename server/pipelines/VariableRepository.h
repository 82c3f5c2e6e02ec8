#pragma once

#include "storage/Executor.h"

namespace adp::server::pipelines {

// The `project_variables` table. Values arrive and leave sealed.
class VariableRepository
{
public:
    struct Stored
    {
        QString key;
        QString valueSealed;
        bool masked = false;
        qint64 updatedMs = 0;
    };

    explicit VariableRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // A project's variables by key.
    QList<Stored> listOf(qint64 projectId) const;
    // Creates or replaces `key`; answers whether it was there before.
    bool put(storage::Transaction &tx, qint64 projectId, const QString &key, const QString &valueSealed, bool masked,
             qint64 nowMs);
    // Answers whether there was one to remove.
    bool remove(storage::Transaction &tx, qint64 projectId, const QString &key);

private:
    storage::Database &m_database;
};

} // namespace adp::server::pipelines
