#pragma once

#include "ApiCalls.h"
#include "shared/analysis/FailureVerdict.h"
#include "shared/analysis/PipelineAdvice.h"
#include "shared/core/AiAnswer.h"
#include "shared/core/AiProvider.h"
#include "shared/core/CodeReview.h"
#include "shared/core/DeploymentRisk.h"
#include "shared/core/SpendingAdvice.h"

namespace adp::shared {

// The assistants' routes: why a job failed, and advice from a project's pipelines (the built-in
// analyzers, on the server).
class AiApi
{
public:
    template <typename R> using Then = std::function<void(const ApiResult<R> &)>;

    explicit AiApi(ApiClient &client)
        : m_client(client)
    {
    }

    void jobAnalysis(qint64 jobId, QObject *context, Then<analysis::JobAnalysis> done)
    {
        sendForOne<analysis::JobAnalysis>(m_client, "GET", QStringLiteral("/api/v1/jobs/%1/analysis").arg(jobId), {},
                                          context, std::move(done), "a job's analysis");
    }

    void projectAdvice(const QString &project, QObject *context, Then<analysis::ProjectAdvice> done)
    {
        sendForOne<analysis::ProjectAdvice>(m_client, "GET", QStringLiteral("/api/v1/projects/%1/advice").arg(project),
                                            {}, context, std::move(done), "a project's advice");
    }

    // Why a job failed: the analyzers' verdict, and the model's answer when the organisation has
    // one (it goes on streaming on the events socket, topic "ai"). `providerId` 0: the first.
    void explainJob(qint64 jobId, qint64 providerId, QObject *context, Then<JobExplanation> done)
    {
        QJsonObject body;
        if (providerId > 0)
            body.insert(QStringLiteral("provider_id"), providerId);
        sendForOne<JobExplanation>(m_client, "POST", QStringLiteral("/api/v1/jobs/%1/explanation").arg(jobId), body,
                                   context, std::move(done), "an explanation");
    }
    // A commit range reviewed: the security rules over what it added, and the model's review.
    void reviewChange(const QString &project, const CodeReviewRequest &request, QObject *context, Then<CodeReview> done)
    {
        sendForOne<CodeReview>(m_client, "POST",
                               QStringLiteral("/api/v1/projects/%1/ai/reviews").arg(pathSegment(project)),
                               request.toJson(), context, std::move(done), "a review");
    }
    // Is this deployment risky? The rules' level and reasons, the change, the model's opinion.
    // "How can this project spend less?": the savings and pipeline advice, and the model's plan (streams on).
    void spendLess(const QString &project, qint64 providerId, QObject *context, Then<SpendingAdvice> done)
    {
        QJsonObject body;
        if (providerId > 0)
            body.insert(QStringLiteral("provider_id"), providerId);
        sendForOne<SpendingAdvice>(m_client, "POST",
                                   QStringLiteral("/api/v1/projects/%1/ai/savings").arg(pathSegment(project)), body,
                                   context, std::move(done), "spending advice");
    }
    void deploymentRisk(const QString &project, qint64 iid, qint64 providerId, QObject *context,
                        Then<DeploymentRisk> done)
    {
        QJsonObject body;
        if (providerId > 0)
            body.insert(QStringLiteral("provider_id"), providerId);
        sendForOne<DeploymentRisk>(
            m_client, "POST",
            QStringLiteral("/api/v1/projects/%1/deployments/%2/risk").arg(pathSegment(project)).arg(iid), body, context,
            std::move(done), "a deployment's risk");
    }
    void answer(qint64 id, QObject *context, Then<AiAnswer> done)
    {
        sendForOne<AiAnswer>(m_client, "GET", answerPath(id), {}, context, std::move(done), "an AI answer");
    }
    // A project's answers, newest first (the first page).
    void answers(const QString &project, int limit, QObject *context, Then<QList<AiAnswer>> done)
    {
        fetchItems<AiAnswer>(m_client, QStringLiteral("/api/v1/projects/%1/ai/answers").arg(pathSegment(project)),
                             QUrlQuery{{QStringLiteral("limit"), QString::number(limit)}}, context, std::move(done));
    }
    void cancelAnswer(qint64 id, QObject *context, Then<AiAnswer> done)
    {
        sendForOne<AiAnswer>(m_client, "POST", answerPath(id) + QStringLiteral("/cancel"), {}, context, std::move(done),
                             "an AI answer");
    }
    void rateAnswer(qint64 id, const AiFeedback &feedback, QObject *context, Then<AiAnswer> done)
    {
        sendForOne<AiAnswer>(m_client, "PUT", answerPath(id) + QStringLiteral("/feedback"), feedback.toJson(), context,
                             std::move(done), "an AI answer");
    }

    // An organisation's model providers.
    void providers(const QString &organisation, QObject *context, Then<QList<AiProvider>> done)
    {
        fetchItems<AiProvider>(m_client, providersPath(organisation), {}, context, std::move(done));
    }
    void createProvider(const QString &organisation, const AiProviderFields &fields, QObject *context,
                        Then<AiProvider> done)
    {
        sendForOne<AiProvider>(m_client, "POST", providersPath(organisation), fields.toJson(), context, std::move(done),
                               "an AI provider");
    }
    void updateProvider(const QString &organisation, qint64 id, const AiProviderFields &fields, QObject *context,
                        Then<AiProvider> done)
    {
        sendForOne<AiProvider>(m_client, "PATCH", providersPath(organisation) + QStringLiteral("/%1").arg(id),
                               fields.toJson(), context, std::move(done), "an AI provider");
    }
    void removeProvider(const QString &organisation, qint64 id, QObject *context, Then<Done> done)
    {
        sendForNothing(m_client, "DELETE", providersPath(organisation) + QStringLiteral("/%1").arg(id), context,
                       std::move(done));
    }

private:
    static QString answerPath(qint64 id) { return QStringLiteral("/api/v1/ai/answers/%1").arg(id); }
    static QString providersPath(const QString &organisation)
    {
        return QStringLiteral("/api/v1/organisations/%1/ai-providers")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(organisation)));
    }

    ApiClient &m_client;
};

} // namespace adp::shared
