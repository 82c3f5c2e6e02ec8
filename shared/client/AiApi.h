#pragma once

#include "ApiCalls.h"
#include "shared/analysis/FailureVerdict.h"
#include "shared/analysis/PipelineAdvice.h"

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

private:
    ApiClient &m_client;
};

} // namespace adp::shared
