#pragma once

#include "ApiCalls.h"
#include "shared/analysis/FailureVerdict.h"
#include "shared/analysis/PipelineAdvice.h"
#include "shared/core/AiProvider.h"

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
    static QString providersPath(const QString &organisation)
    {
        return QStringLiteral("/api/v1/organisations/%1/ai-providers")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(organisation)));
    }

    ApiClient &m_client;
};

} // namespace adp::shared
