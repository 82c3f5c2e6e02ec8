#include "PipelinesApi.h"

#include "ApiCalls.h"

namespace adp::shared {

namespace {
QString pipelinesPath(const QString &project)
{
    return QStringLiteral("/api/v1/projects/%1/pipelines").arg(pathSegment(project));
}
} // namespace

void PipelinesApi::run(const QString &project, const PipelineRunRequest &request, QObject *context, Done<Pipeline> done)
{
    sendForOne<Pipeline>(m_client, "POST", pipelinesPath(project), request.toJson(), context, std::move(done),
                         "a pipeline");
}

void PipelinesApi::list(const QString &project, const QUrlQuery &filters, QObject *context, Done<PipelinePage> done)
{
    fetchPage<PipelinePage>(m_client, pipelinesPath(project), filters, context, std::move(done));
}

void PipelinesApi::listAcross(const QUrlQuery &filters, QObject *context, Done<PipelinePage> done)
{
    fetchPage<PipelinePage>(m_client, QStringLiteral("/api/v1/pipelines"), filters, context, std::move(done));
}

void PipelinesApi::jobsAcross(const QUrlQuery &filters, QObject *context, Done<QList<ActiveJob>> done)
{
    fetchItems<ActiveJob>(m_client, QStringLiteral("/api/v1/jobs"), filters, context, std::move(done));
}

void PipelinesApi::act(const QString &path, QObject *context, Done<Pipeline> done)
{
    sendForOne<Pipeline>(m_client, "POST", path, QJsonObject{}, context, std::move(done), "a pipeline");
}

void PipelinesApi::jobLog(qint64 jobId, qint64 offset, QObject *context, Done<ApiClient::RawReply> done, qint64 limit)
{
    QUrlQuery query;
    if (offset > 0)
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_client.fetchText(QStringLiteral("/api/v1/jobs/%1/log").arg(jobId), query, context, std::move(done));
}

void PipelinesApi::jobArtifacts(qint64 jobId, QObject *context, Done<ApiClient::RawReply> done)
{
    m_client.fetchText(QStringLiteral("/api/v1/jobs/%1/artifacts").arg(jobId), {}, context, std::move(done));
}

void PipelinesApi::get(qint64 id, QObject *context, Done<Pipeline> done)
{
    sendForOne<Pipeline>(m_client, "GET", QStringLiteral("/api/v1/pipelines/%1").arg(id), {}, context, std::move(done),
                         "a pipeline");
}

} // namespace adp::shared
