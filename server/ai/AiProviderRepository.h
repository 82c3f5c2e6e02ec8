#pragma once

#include "shared/core/AiProvider.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::ai {

// The ai_providers table: an organisation's model endpoints, the key sealed.
class AiProviderRepository
{
public:
    struct Stored
    {
        shared::AiProvider provider; // without the organisation's slug, which the caller knows
        qint64 organisationId = 0;
        QString keySealed; // empty: no key
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };

    explicit AiProviderRepository(storage::Database &database)
        : m_database(database)
    {
    }

    QList<Stored> list(qint64 organisationId);
    std::optional<Stored> find(qint64 organisationId, qint64 id);
    bool nameTaken(qint64 organisationId, const QString &name, qint64 exceptId);
    static qint64 insert(storage::Transaction &tx, const Stored &stored);
    static void update(storage::Transaction &tx, const Stored &stored);
    static void remove(storage::Transaction &tx, qint64 id);

private:
    storage::Database &m_database;
};

} // namespace adp::server::ai
