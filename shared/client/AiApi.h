#pragma once

#include "ApiCalls.h"
#include "shared/analysis/FailureVerdict.h"

namespace adp::shared {

// The assistants' routes: why a job failed (the built-in analyzers, on the server).
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

private:
    ApiClient &m_client;
};

} // namespace adp::shared
