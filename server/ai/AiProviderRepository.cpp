#include "AiProviderRepository.h"

#include <QDateTime>

namespace adp::server::ai {

namespace {
const QString kColumns =
    QStringLiteral("id, organisation_id, name, base_url, model, key_sealed, key_hint, timeout_seconds, max_tokens, "
                   "prompt_price_per_million, completion_price_per_million, currency, created_by, created_at, "
                   "updated_at");

AiProviderRepository::Stored storedAt(const storage::ResultSet &rows, int row)
{
    AiProviderRepository::Stored stored;
    shared::AiProvider &p = stored.provider;
    p.id = rows.value(row, 0).toLongLong();
    stored.organisationId = rows.value(row, 1).toLongLong();
    p.name = rows.value(row, 2).toString();
    p.baseUrl = rows.value(row, 3).toString();
    p.model = rows.value(row, 4).toString();
    stored.keySealed = rows.value(row, 5).toString();
    p.keyHint = rows.value(row, 6).toString();
    p.timeoutSeconds = rows.value(row, 7).toInt();
    p.maxTokens = rows.value(row, 8).toInt();
    p.promptPricePerMillion = rows.value(row, 9).toLongLong();
    p.completionPricePerMillion = rows.value(row, 10).toLongLong();
    p.currency = rows.value(row, 11).toString();
    p.createdBy = rows.value(row, 12).toString();
    stored.createdMs = rows.value(row, 13).toLongLong();
    stored.updatedMs = rows.value(row, 14).toLongLong();
    p.createdAt = QDateTime::fromMSecsSinceEpoch(stored.createdMs, Qt::UTC);
    p.updatedAt = QDateTime::fromMSecsSinceEpoch(stored.updatedMs, Qt::UTC);
    return stored;
}
} // namespace

QList<AiProviderRepository::Stored> AiProviderRepository::list(qint64 organisationId)
{
    const auto rows = m_database.query(QStringLiteral("SELECT ") + kColumns +
                                           QStringLiteral(" FROM ai_providers WHERE organisation_id = ? ORDER BY name"),
                                       {organisationId});
    return rows.map([&rows](int row) { return storedAt(rows, row); });
}

std::optional<AiProviderRepository::Stored> AiProviderRepository::find(qint64 organisationId, qint64 id)
{
    const auto rows = m_database.query(QStringLiteral("SELECT ") + kColumns +
                                           QStringLiteral(" FROM ai_providers WHERE organisation_id = ? AND id = ?"),
                                       {organisationId, id});
    if (rows.isEmpty())
        return std::nullopt;
    return storedAt(rows, 0);
}

bool AiProviderRepository::nameTaken(qint64 organisationId, const QString &name, qint64 exceptId)
{
    return !m_database
                .query(QStringLiteral("SELECT 1 FROM ai_providers WHERE organisation_id = ? AND name = ? AND id <> ?"),
                       {organisationId, name, exceptId})
                .isEmpty();
}

qint64 AiProviderRepository::insert(storage::Transaction &tx, const Stored &s)
{
    const shared::AiProvider &p = s.provider;
    return tx
        .exec(
            QStringLiteral("INSERT INTO ai_providers (organisation_id, name, base_url, model, key_sealed, key_hint, "
                           "timeout_seconds, max_tokens, prompt_price_per_million, completion_price_per_million, "
                           "currency, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?) RETURNING id"),
            {s.organisationId, p.name, p.baseUrl, p.model, s.keySealed, p.keyHint, p.timeoutSeconds, p.maxTokens,
             p.promptPricePerMillion, p.completionPricePerMillion, p.currency, p.createdBy, s.createdMs, s.updatedMs})
        .value(0, 0)
        .toLongLong();
}

void AiProviderRepository::update(storage::Transaction &tx, const Stored &s)
{
    const shared::AiProvider &p = s.provider;
    tx.exec(QStringLiteral("UPDATE ai_providers SET name = ?, base_url = ?, model = ?, key_sealed = ?, key_hint = ?, "
                           "timeout_seconds = ?, max_tokens = ?, prompt_price_per_million = ?, "
                           "completion_price_per_million = ?, currency = ?, updated_at = ? WHERE id = ?"),
            {p.name, p.baseUrl, p.model, s.keySealed, p.keyHint, p.timeoutSeconds, p.maxTokens, p.promptPricePerMillion,
             p.completionPricePerMillion, p.currency, s.updatedMs, p.id});
}

void AiProviderRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM ai_providers WHERE id = ?"), {id});
}

} // namespace adp::server::ai
