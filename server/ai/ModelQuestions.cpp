#include "ModelQuestions.h"

#include "storage/Transaction.h"

namespace adp::server::ai {

Outcome<ModelQuestions::Asked> ModelQuestions::ask(const MutationContext &context, const Question &question,
                                                   const std::function<QList<ChatMessage>()> &prompt)
{
    const auto usable = m.providers.usable(question.organisationId, question.providerId);
    if (!usable.ok())
        return usable.error();
    const auto &provider = usable.value();
    if (!provider) {
        if (question.providerId)
            return ServiceError::invalidField(QStringLiteral("provider_id"), shared::fieldcodes::InvalidValue,
                                              QStringLiteral("is not a model of this project's organisation"));
        return Asked{std::nullopt, QStringLiteral("No model is configured for this organisation: this is the "
                                                  "built-in analyzers' answer alone, and nothing left the server.")};
    }
    const http::TargetPolicy policy = m.targets();
    if (const QString refusal = policy.urlRefusal(provider->chat.baseUrl, true); !refusal.isEmpty())
        return ServiceError::conflict(
            QStringLiteral("The model %1 cannot be asked from this server: %2%3")
                .arg(provider->provider.name, refusal,
                     policy.allowsLocal() ? QString()
                                          : QStringLiteral(" (a server with more than one user reaches this machine "
                                                           "and private networks only with ai_targets: any)")));
    const QList<ChatMessage> messages = prompt();

    AiRequestRepository::Stored request;
    request.organisationId = question.organisationId;
    request.projectId = question.projectId;
    request.jobId = question.jobId;
    request.kind = question.kind;
    request.subject = question.subject;
    request.providerId = provider->provider.id;
    request.providerName = provider->provider.name;
    request.model = provider->provider.model;
    request.askedById = context.actor.userId;
    request.askedBy = context.actor.username;
    request.currency = provider->provider.currency;
    request.createdMs = m.clock.nowMs();
    // Past this the row is failed by any replica: the asking one has long given up by then.
    request.deadlineMs = request.createdMs + qint64(ChatClient::kMaxAttempts) * provider->chat.timeoutMs +
                         2 * ChatClient::kMaxRetryAfterMs + 60000;
    storage::Transaction tx(m.database);
    request.id = AiRequestRepository::insert(tx, request);
    QJsonObject summary{{QStringLiteral("kind"), request.kind},
                        {QStringLiteral("project_id"), request.projectId},
                        {QStringLiteral("provider"), request.providerName},
                        {QStringLiteral("model"), request.model}};
    if (request.jobId)
        summary.insert(QStringLiteral("job_id"), *request.jobId);
    if (!request.subject.isEmpty())
        summary.insert(QStringLiteral("subject"), request.subject);
    m.audit.record(
        tx, context,
        {QStringLiteral("ai_request.created"), QStringLiteral("ai_request"), QString::number(request.id), {}, summary});
    tx.commit();
    if (!m.streamer.begin({request, provider->chat, messages, provider->provider.promptPricePerMillion,
                           provider->provider.completionPricePerMillion})) {
        AiRequestRepository::Stored refused = request;
        refused.status = QStringLiteral("failed");
        refused.error = QStringLiteral("too many answers are streaming on this server; ask again shortly");
        refused.finishedMs = m.clock.nowMs();
        m.requests.finish(refused);
        return ServiceError::rateLimited(refused.error, 5);
    }
    return Asked{m.answers.presented(request, question.projectSlug), {}};
}

} // namespace adp::server::ai
