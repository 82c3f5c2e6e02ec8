#pragma once

#include "storage/Executor.h"

#include <optional>

namespace adp::server::scm {

// The `project_webhooks` (a project's sealed secret) and `webhook_deliveries` (what each delivery
// made, so a redelivery makes nothing twice) tables.
class WebhookRepository
{
public:
    explicit WebhookRepository(storage::Database &database)
        : m_database(database)
    {
    }

    void setSecret(storage::Transaction &tx, qint64 projectId, const QString &secretSealed, qint64 nowMs);
    std::optional<QString> secretSealed(qint64 projectId);

    // One delivery, by provider and its own id (or its body's hash).
    struct DeliveryKey
    {
        qint64 projectId = 0;
        QString provider;
        QString key;
    };
    bool seen(const DeliveryKey &delivery);
    // Records what a delivery came to. Throws StorageError::UniqueViolation for one already recorded.
    void record(const DeliveryKey &delivery, const QString &event, const QString &outcome, qint64 nowMs);
    void record(storage::Transaction &tx, const DeliveryKey &delivery, const QString &event, const QString &outcome,
                qint64 nowMs);
    void setPipeline(storage::Transaction &tx, const DeliveryKey &delivery, qint64 pipelineId);
    // Forgets deliveries received before `beforeMs`; answers how many.
    int forgetBefore(qint64 beforeMs);

private:
    storage::Database &m_database;
};

} // namespace adp::server::scm
