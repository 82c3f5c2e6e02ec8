#include "AiAnswers.h"

#include "shared/core/Roles.h"
#include "shared/costs/Money.h"
#include "storage/Transaction.h"

namespace adp::server::ai {

namespace {
const QString kWhat = QStringLiteral("AI answer");
const QString kTarget = QStringLiteral("ai_request");
} // namespace

shared::AiAnswer AiAnswers::presented(const AiRequestRepository::Stored &s, const QString &projectSlug) const
{
    shared::AiAnswer answer;
    answer.id = s.id;
    answer.projectId = s.projectId;
    answer.project = projectSlug;
    answer.jobId = s.jobId;
    answer.kind = s.kind;
    answer.subject = s.subject;
    answer.provider = s.providerName;
    answer.model = s.model;
    answer.askedBy = s.askedBy;
    answer.status = s.status;
    answer.answer = s.answer;
    if (s.status == u"running") {
        if (const auto partial = m.streamer.partial(s.id))
            answer.answer = *partial;
    }
    answer.refusal = s.refusal;
    answer.finishReason = s.finishReason;
    answer.error = s.error;
    answer.promptTokens = s.promptTokens;
    answer.completionTokens = s.completionTokens;
    answer.cost = shared::costs::decimalOfNanos(s.costNanos);
    answer.currency = s.currency;
    answer.attempts = s.attempts;
    answer.firstTokenMs = s.firstTokenMs;
    answer.createdAt = QDateTime::fromMSecsSinceEpoch(s.createdMs, Qt::UTC);
    if (s.finishedMs)
        answer.finishedAt = QDateTime::fromMSecsSinceEpoch(*s.finishedMs, Qt::UTC);
    answer.thumbsUp = s.thumbsUp;
    answer.thumbsDown = s.thumbsDown;
    answer.myRating = s.viewerRating;
    return answer;
}

QString AiAnswers::slugOf(qint64 projectId) const
{
    const auto project = m.projects.find(QString::number(projectId));
    return project ? project->project.slug : QString();
}

Outcome<AiRequestRepository::Stored> AiAnswers::authorized(const MutationContext &context, qint64 id,
                                                           const QString &action, shared::ProjectRole *role)
{
    auto stored = id > 0 ? m.requests.find(id, context.actor.userId) : std::nullopt;
    return m.guard.authorizeThing(context, std::move(stored), action, kWhat, role);
}

Outcome<shared::AiAnswer> AiAnswers::get(const MutationContext &context, qint64 id)
{
    const auto stored = authorized(context, id, QStringLiteral("ai.answer.read"));
    if (!stored.ok())
        return stored.error();
    shared::AiAnswer answer = presented(stored.value(), slugOf(stored.value().projectId));
    answer.comments = m.requests.commentsOn(id);
    return answer;
}

Outcome<AiAnswers::Page> AiAnswers::list(const MutationContext &context, const QString &project, qint64 beforeId,
                                         int limit)
{
    const auto found = m.guard.authorize(context, project, QStringLiteral("ai.answer.list"));
    if (!found.ok())
        return found.error();
    const auto rows = m.requests.listOfProject(found.value().project.id, context.actor.userId, beforeId,
                                               std::clamp(limit, 1, kMaxPage) + 1);
    Page page;
    for (const auto &stored : rows.mid(0, std::clamp(limit, 1, kMaxPage)))
        page.items.append(presented(stored, found.value().project.slug));
    if (rows.size() > std::clamp(limit, 1, kMaxPage))
        page.nextCursor = QString::number(page.items.last().id);
    return page;
}

Outcome<shared::AiAnswer> AiAnswers::cancel(const MutationContext &context, qint64 id)
{
    shared::ProjectRole role = shared::ProjectRole::None;
    const auto stored = authorized(context, id, QStringLiteral("ai.answer.cancel"), &role);
    if (!stored.ok())
        return stored.error();
    if (stored.value().askedById != context.actor.userId && role < shared::ProjectRole::Maintainer)
        return ServiceError::forbidden(QStringLiteral("Only whoever asked, or a maintainer, may stop an answer"));
    storage::Transaction tx(m.database);
    if (!AiRequestRepository::requestCancel(tx, id))
        return ServiceError::conflict(QStringLiteral("The answer has already ended (%1)").arg(stored.value().status));
    m.audit.record(tx, context,
                   {QStringLiteral("ai_request.canceled"),
                    kTarget,
                    QString::number(id),
                    {},
                    {{QStringLiteral("project_id"), stored.value().projectId}}});
    tx.commit();
    m.streamer.cancel(id); // at once when it streams here; another replica notices the row
    return presented(stored.value(), slugOf(stored.value().projectId));
}

Outcome<shared::AiAnswer> AiAnswers::rate(const MutationContext &context, qint64 id,
                                          const std::optional<shared::AiFeedback> &feedback,
                                          const shared::FieldErrors &invalid)
{
    const auto stored = authorized(context, id, QStringLiteral("ai.answer.rate"));
    if (!stored.ok())
        return stored.error();
    if (!feedback || !invalid.isEmpty())
        return ServiceError::validation(invalid);
    storage::Transaction tx(m.database);
    AiRequestRepository::rate(tx, id, context.actor.userId, feedback->rating, feedback->comment, m.clock.nowMs());
    m.audit.record(
        tx, context,
        {QStringLiteral("ai_request.rated"),
         kTarget,
         QString::number(id),
         {},
         {{QStringLiteral("project_id"), stored.value().projectId}, {QStringLiteral("rating"), feedback->rating}}});
    tx.commit();
    return get(context, id);
}

} // namespace adp::server::ai
