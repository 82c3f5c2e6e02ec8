#pragma once

#include "shared/core/AiAnswer.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::ai {

// The ai_requests and ai_feedback tables: each question put to a model, its answer and cost,
// and the thumbs the team gave it.
class AiRequestRepository
{
public:
    struct Stored
    {
        qint64 id = 0;
        qint64 organisationId = 0;
        qint64 projectId = 0;
        std::optional<qint64> jobId;
        QString kind;
        QString subject; // beyond the job: a commit range under review
        std::optional<qint64> providerId;
        QString providerName;
        QString model;
        qint64 askedById = 0;
        QString askedBy;
        QString status = QStringLiteral("running");
        QString answer;
        QString refusal;
        QString finishReason;
        QString error;
        std::optional<int> promptTokens;
        std::optional<int> completionTokens;
        qint64 costNanos = 0;
        QString currency;
        int attempts = 0;
        std::optional<qint64> firstTokenMs;
        qint64 createdMs = 0;
        qint64 deadlineMs = 0;
        std::optional<qint64> finishedMs;
        int thumbsUp = 0;
        int thumbsDown = 0;
        int viewerRating = 0; // of the user the row was read for
    };

    explicit AiRequestRepository(storage::Database &database)
        : m_database(database)
    {
    }

    static qint64 insert(storage::Transaction &tx, const Stored &stored);
    // The end of a running answer; false when it had already ended (nothing changed).
    bool finish(const Stored &ended);
    // Rows still running past their deadline: their server went away. Marked failed; their ids.
    QList<Stored> failOverdue(qint64 nowMs, const QString &reason);

    // `viewerId`: whose rating to read beside the tallies.
    std::optional<Stored> find(qint64 id, qint64 viewerId);
    // The words left with thumbs on one answer, oldest first.
    QList<shared::AiAnswer::Comment> commentsOn(qint64 requestId);
    // A project's, newest first, below `beforeId` (0: from the newest).
    QList<Stored> listOfProject(qint64 projectId, qint64 viewerId, qint64 beforeId, int limit);

    // Asks the server streaming it to stop; false when it is no longer running.
    static bool requestCancel(storage::Transaction &tx, qint64 id);
    // Which of these running answers someone asked to stop.
    QList<qint64> cancelRequested(const QList<qint64> &ids);

    // Rating 1 or -1 replaces the user's earlier one; 0 takes it back.
    static void rate(storage::Transaction &tx, qint64 requestId, qint64 userId, int rating, const QString &comment,
                     qint64 nowMs);

private:
    storage::Database &m_database;
};

} // namespace adp::server::ai
