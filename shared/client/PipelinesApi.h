#pragma once

#include "ApiClient.h"
#include "shared/core/Pipeline.h"

namespace adp::shared {

// A page of pipelines, newest first.
struct PipelinePage
{
    QList<Pipeline> items;
    QString nextCursor; // empty on the last page
};

// /api/v1/projects/{p}/pipelines and /api/v1/pipelines/{id}.
class PipelinesApi
{
public:
    explicit PipelinesApi(ApiClient &client)
        : m_client(client)
    {
    }

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void run(const QString &project, const PipelineRunRequest &request, QObject *context, Done<Pipeline> done);
    // `filters`: status, ref, source, limit, cursor.
    void list(const QString &project, const QUrlQuery &filters, QObject *context, Done<PipelinePage> done);
    void get(qint64 id, QObject *context, Done<Pipeline> done);
    // Across every project the caller may see: GET /pipelines (`status` list, `mine`, `limit`, `cursor`)
    // and GET /jobs (`status` list, default running and pending).
    void listAcross(const QUrlQuery &filters, QObject *context, Done<PipelinePage> done);
    void jobsAcross(const QUrlQuery &filters, QObject *context, Done<QList<ActiveJob>> done);
    // POST /pipelines/{id}/cancel|retry and /jobs/{id}/retry|play: the pipeline as it is afterwards.
    void act(const QString &path, QObject *context, Done<Pipeline> done);
    // The log so far; the reply's X-Job-Status header says whether the job has finished.
    // The log from byte `offset` on (headers X-Log-Offset, X-Log-Size, X-Job-Status).
    // `limit` > 0: at most that many bytes (a page of a long log).
    void jobLog(qint64 jobId, qint64 offset, QObject *context, Done<ApiClient::RawReply> done, qint64 limit = 0);
    // The job's artifacts archive (tar.gz); headers Content-Disposition and X-Checksum-Sha256.
    void jobArtifacts(qint64 jobId, QObject *context, Done<ApiClient::RawReply> done);

private:
    ApiClient &m_client;
};

} // namespace adp::shared
