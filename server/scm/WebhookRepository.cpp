#include "WebhookRepository.h"

#include "storage/Transaction.h"

namespace adp::server::scm {

namespace {

const QString kInsertDelivery =
    QStringLiteral("INSERT INTO webhook_deliveries (project_id, provider, dedupe_key, event, outcome, received_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)");

} // namespace

void WebhookRepository::setSecret(storage::Transaction &tx, qint64 projectId, const QString &secretSealed, qint64 nowMs)
{
    tx.exec(QStringLiteral("DELETE FROM project_webhooks WHERE project_id = ?"), {projectId});
    tx.exec(QStringLiteral("INSERT INTO project_webhooks (project_id, secret_sealed, updated_at) VALUES (?, ?, ?)"),
            {projectId, secretSealed, nowMs});
}

std::optional<QString> WebhookRepository::secretSealed(qint64 projectId)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT secret_sealed FROM project_webhooks WHERE project_id = ?"), {projectId});
    return rows.isEmpty() ? std::nullopt : std::optional<QString>(rows.value(0, 0).toString());
}

bool WebhookRepository::seen(const DeliveryKey &delivery)
{
    return !m_database
                .query(QStringLiteral(
                           "SELECT 1 FROM webhook_deliveries WHERE project_id = ? AND provider = ? AND dedupe_key = ?"),
                       {delivery.projectId, delivery.provider, delivery.key})
                .isEmpty();
}

void WebhookRepository::record(const DeliveryKey &delivery, const QString &event, const QString &outcome, qint64 nowMs)
{
    m_database.query(kInsertDelivery, {delivery.projectId, delivery.provider, delivery.key, event, outcome, nowMs});
}

void WebhookRepository::record(storage::Transaction &tx, const DeliveryKey &delivery, const QString &event,
                               const QString &outcome, qint64 nowMs)
{
    tx.exec(kInsertDelivery, {delivery.projectId, delivery.provider, delivery.key, event, outcome, nowMs});
}

void WebhookRepository::setPipeline(storage::Transaction &tx, const DeliveryKey &delivery, qint64 pipelineId)
{
    tx.exec(QStringLiteral("UPDATE webhook_deliveries SET pipeline_id = ? WHERE project_id = ? AND provider = ? AND "
                           "dedupe_key = ?"),
            {pipelineId, delivery.projectId, delivery.provider, delivery.key});
}

int WebhookRepository::forgetBefore(qint64 beforeMs)
{
    return int(m_database.query(QStringLiteral("DELETE FROM webhook_deliveries WHERE received_at < ?"), {beforeMs})
                   .rowsAffected());
}

} // namespace adp::server::scm
