#pragma once

#include "ports/ComplianceEvidence.h"
#include "storage/Executor.h"

namespace adp::server::pipelines {

// The `project_variables` table: one row per key and environment scope. Values arrive and leave sealed.
class VariableRepository : public ports::SecretRecords
{
public:
    struct Stored
    {
        QString key;
        QString valueSealed;
        bool masked = false;
        qint64 updatedMs = 0;
        bool protectedOnly = false;
        QString variableType;
        QString environmentScope;
    };

    explicit VariableRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // A project's variables by key, then scope.
    QList<Stored> listOf(qint64 projectId) const;
    // Creates or replaces `key` in the stored row's scope; answers whether it was there before.
    bool put(storage::Transaction &tx, qint64 projectId, const Stored &variable, qint64 nowMs);
    // Answers whether there was one to remove.
    bool remove(storage::Transaction &tx, qint64 projectId, const QString &key, const QString &environmentScope);
    // ports::SecretRecords: masked variables (a value is set anew whenever its row is written).
    QList<ports::KeptSecret> secretsSetBefore(qint64 beforeMs) override;

private:
    storage::Database &m_database;
};

} // namespace adp::server::pipelines
