#pragma once

#include "AiRequestRepository.h"
#include "AnswerStreamer.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "shared/core/AiAnswer.h"

namespace adp::server::ai {

// The answers models gave a project, kept for its team: read one (while it streams, as far as it
// got), list them with what they cost, stop one (its asker, or a maintainer), and rate them
// (thumbs up or down with a word on why). Stopping and rating are audited.
class AiAnswers
{
public:
    static constexpr int kMaxPage = 100;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &guard;
        ports::ProjectDirectory &projects;
        AiRequestRepository &requests;
        AnswerStreamer &streamer;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    struct Page
    {
        QList<shared::AiAnswer> items;
        QString nextCursor;
    };

    explicit AiAnswers(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::AiAnswer> get(const MutationContext &context, qint64 id);
    Outcome<Page> list(const MutationContext &context, const QString &project, qint64 beforeId, int limit);
    Outcome<shared::AiAnswer> cancel(const MutationContext &context, qint64 id);
    // `feedback` nullopt: the body was wrong, as `invalid` says (told only to whoever may rate it).
    Outcome<shared::AiAnswer> rate(const MutationContext &context, qint64 id,
                                   const std::optional<shared::AiFeedback> &feedback,
                                   const shared::FieldErrors &invalid);

    // What the API shows of a stored request (the answer so far when it streams here).
    shared::AiAnswer presented(const AiRequestRepository::Stored &stored, const QString &projectSlug) const;

private:
    Outcome<AiRequestRepository::Stored> authorized(const MutationContext &context, qint64 id, const QString &action,
                                                    shared::ProjectRole *role = nullptr);
    QString slugOf(qint64 projectId) const;

    Dependencies m;
};

} // namespace adp::server::ai
