#include "AiRequestRepository.h"

#include "storage/SqlValues.h"

namespace adp::server::ai {

namespace {

// The columns every read takes, then the tallies and the viewer's rating (bound first).
const QString kSelect = QStringLiteral(
    "SELECT r.id, r.organisation_id, r.project_id, r.job_id, r.kind, r.provider_id, r.provider_name, r.model, "
    "r.asked_by_id, r.asked_by, r.status, r.answer, r.refusal, r.finish_reason, r.error, r.prompt_tokens, "
    "r.completion_tokens, r.cost_nanos, r.currency, r.attempts, r.first_token_ms, r.created_at, r.deadline_at, "
    "r.finished_at, "
    "(SELECT COUNT(*) FROM ai_feedback f WHERE f.request_id = r.id AND f.rating = 1), "
    "(SELECT COUNT(*) FROM ai_feedback f WHERE f.request_id = r.id AND f.rating = -1), "
    "(SELECT f.rating FROM ai_feedback f WHERE f.request_id = r.id AND f.user_id = ?), r.subject "
    "FROM ai_requests r ");

std::optional<qint64> optionalAt(const storage::ResultSet &rows, int row, int column)
{
    const QVariant value = rows.value(row, column);
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<int> tokensAt(const storage::ResultSet &rows, int row, int column)
{
    const auto value = optionalAt(rows, row, column);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

AiRequestRepository::Stored storedAt(const storage::ResultSet &rows, int row)
{
    AiRequestRepository::Stored s;
    s.id = rows.value(row, 0).toLongLong();
    s.organisationId = rows.value(row, 1).toLongLong();
    s.projectId = rows.value(row, 2).toLongLong();
    s.jobId = optionalAt(rows, row, 3);
    s.kind = rows.value(row, 4).toString();
    s.providerId = optionalAt(rows, row, 5);
    s.providerName = rows.value(row, 6).toString();
    s.model = rows.value(row, 7).toString();
    s.askedById = rows.value(row, 8).toLongLong();
    s.askedBy = rows.value(row, 9).toString();
    s.status = rows.value(row, 10).toString();
    s.answer = rows.value(row, 11).toString();
    s.refusal = rows.value(row, 12).toString();
    s.finishReason = rows.value(row, 13).toString();
    s.error = rows.value(row, 14).toString();
    s.promptTokens = tokensAt(rows, row, 15);
    s.completionTokens = tokensAt(rows, row, 16);
    s.costNanos = rows.value(row, 17).toLongLong();
    s.currency = rows.value(row, 18).toString();
    s.attempts = rows.value(row, 19).toInt();
    s.firstTokenMs = optionalAt(rows, row, 20);
    s.createdMs = rows.value(row, 21).toLongLong();
    s.deadlineMs = rows.value(row, 22).toLongLong();
    s.finishedMs = optionalAt(rows, row, 23);
    s.thumbsUp = rows.value(row, 24).toInt();
    s.thumbsDown = rows.value(row, 25).toInt();
    s.viewerRating = rows.value(row, 26).toInt();
    s.subject = rows.value(row, 27).toString();
    return s;
}

} // namespace

qint64 AiRequestRepository::insert(storage::Transaction &tx, const Stored &s)
{
    return tx
        .exec(QStringLiteral("INSERT INTO ai_requests (organisation_id, project_id, job_id, kind, subject, "
                             "provider_id, provider_name, model, asked_by_id, asked_by, status, currency, created_at, "
                             "deadline_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?) RETURNING id"),
              {s.organisationId, s.projectId, orNull(s.jobId), s.kind, s.subject, orNull(s.providerId), s.providerName,
               s.model, s.askedById, s.askedBy, s.currency, s.createdMs, s.deadlineMs})
        .value(0, 0)
        .toLongLong();
}

bool AiRequestRepository::finish(const Stored &e)
{
    return !m_database
                .query(
                    QStringLiteral("UPDATE ai_requests SET status = ?, answer = ?, refusal = ?, finish_reason = ?, "
                                   "error = ?, prompt_tokens = ?, completion_tokens = ?, cost_nanos = ?, attempts = ?, "
                                   "first_token_ms = ?, finished_at = ? WHERE id = ? AND status = 'running' "
                                   "RETURNING id"),
                    {e.status, e.answer, e.refusal, e.finishReason, e.error, orNull(e.promptTokens),
                     orNull(e.completionTokens), e.costNanos, e.attempts, orNull(e.firstTokenMs), orNull(e.finishedMs),
                     e.id})
                .isEmpty();
}

QList<AiRequestRepository::Stored> AiRequestRepository::failOverdue(qint64 nowMs, const QString &reason)
{
    const auto ids =
        m_database.query(QStringLiteral("UPDATE ai_requests SET status = 'failed', error = ?, finished_at = ? "
                                        "WHERE status = 'running' AND deadline_at < ? RETURNING id"),
                         {reason, nowMs, nowMs});
    QList<Stored> failed;
    for (int row = 0; row < ids.size(); ++row) {
        if (auto stored = find(ids.value(row, 0).toLongLong(), 0))
            failed.append(*stored);
    }
    return failed;
}

std::optional<AiRequestRepository::Stored> AiRequestRepository::find(qint64 id, qint64 viewerId)
{
    const auto rows = m_database.query(kSelect + QStringLiteral("WHERE r.id = ?"), {viewerId, id});
    if (rows.isEmpty())
        return std::nullopt;
    return storedAt(rows, 0);
}

QList<AiRequestRepository::Stored> AiRequestRepository::listOfProject(qint64 projectId, qint64 viewerId,
                                                                      qint64 beforeId, int limit)
{
    const auto rows =
        beforeId > 0 ? m_database.query(
                           kSelect + QStringLiteral("WHERE r.project_id = ? AND r.id < ? ORDER BY r.id DESC LIMIT ?"),
                           {viewerId, projectId, beforeId, limit})
                     : m_database.query(kSelect + QStringLiteral("WHERE r.project_id = ? ORDER BY r.id DESC LIMIT ?"),
                                        {viewerId, projectId, limit});
    return rows.map([&rows](int row) { return storedAt(rows, row); });
}

bool AiRequestRepository::requestCancel(storage::Transaction &tx, qint64 id)
{
    return !tx.exec(QStringLiteral("UPDATE ai_requests SET cancel_requested = 1 WHERE id = ? AND status = 'running' "
                                   "RETURNING id"),
                    {id})
                .isEmpty();
}

QList<qint64> AiRequestRepository::cancelRequested(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    storage::SqlParams params;
    for (const qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        params.append(id);
    }
    const auto rows = m_database.query(QStringLiteral("SELECT id FROM ai_requests WHERE cancel_requested = 1 AND "
                                                      "id IN (%1)")
                                           .arg(marks.join(u", ")),
                                       params);
    return rows.map([&rows](int row) { return rows.value(row, 0).toLongLong(); });
}

QList<shared::AiAnswer::Comment> AiRequestRepository::commentsOn(qint64 requestId)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT u.username, f.rating, f.comment, f.updated_at FROM ai_feedback f JOIN users u ON "
                       "u.id = f.user_id WHERE f.request_id = ? AND f.comment <> '' ORDER BY f.updated_at, u.id"),
        {requestId});
    return rows.map([&rows](int row) {
        return shared::AiAnswer::Comment{rows.value(row, 0).toString(), rows.value(row, 1).toInt(),
                                         rows.value(row, 2).toString(),
                                         QDateTime::fromMSecsSinceEpoch(rows.value(row, 3).toLongLong(), Qt::UTC)};
    });
}

void AiRequestRepository::rate(storage::Transaction &tx, qint64 requestId, qint64 userId, int rating,
                               const QString &comment, qint64 nowMs)
{
    if (rating == 0) {
        tx.exec(QStringLiteral("DELETE FROM ai_feedback WHERE request_id = ? AND user_id = ?"), {requestId, userId});
        return;
    }
    tx.exec(QStringLiteral("INSERT INTO ai_feedback (request_id, user_id, rating, comment, updated_at) VALUES "
                           "(?, ?, ?, ?, ?) ON CONFLICT (request_id, user_id) DO UPDATE SET rating = "
                           "excluded.rating, comment = excluded.comment, updated_at = excluded.updated_at"),
            {requestId, userId, rating, comment, nowMs});
}

} // namespace adp::server::ai
