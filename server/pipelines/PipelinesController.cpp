#include "PipelinesController.h"

#include "http/JsonBody.h"
#include "http/PageQuery.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace adp::server::pipelines {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
constexpr int kMaxPage = 100;

// ?status=&ref=&source=&limit=&cursor=, or the field that is wrong.
std::variant<PipelineRepository::Query, HttpResponse> queryOf(const Request &request)
{
    const QUrlQuery url(request.raw.url());
    PipelineRepository::Query query;
    query.status = url.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    query.ref = url.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded);
    query.source = url.queryItemValue(QStringLiteral("source"), QUrl::FullyDecoded);
    shared::FieldErrors errors;
    if (!query.status.isEmpty() && !shared::pipelineStatuses().contains(query.status))
        errors.append({QStringLiteral("status"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be one of %1").arg(shared::pipelineStatuses().join(QStringLiteral(", ")))});
    const http::PageQuery page = http::PageQuery::read(url, kMaxPage, errors, query.limit);
    query.limit = page.limit;
    query.beforeId = page.beforeId;
    if (!errors.isEmpty())
        return http::toHttpResponse(ServiceError::validation(errors));
    return query;
}
// status=a,b (each a known status), for the lists across projects.
QStringList statusesOf(const QUrlQuery &url, shared::FieldErrors &errors)
{
    const QString given = url.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    QStringList statuses;
    for (const QString &status : given.split(u',', Qt::SkipEmptyParts)) {
        if (!shared::pipelineStatuses().contains(status.trimmed())) {
            errors.append({QStringLiteral("status"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                           QStringLiteral("takes a comma-separated list of %1")
                               .arg(shared::pipelineStatuses().join(QStringLiteral(", ")))});
            return {};
        }
        if (!statuses.contains(status.trimmed()))
            statuses.append(status.trimmed());
    }
    return statuses;
}

std::variant<ActivityService::PipelineQuery, HttpResponse> acrossQueryOf(const Request &request)
{
    const QUrlQuery url(request.raw.url());
    ActivityService::PipelineQuery query;
    shared::FieldErrors errors;
    query.statuses = statusesOf(url, errors);
    const QString mine = url.queryItemValue(QStringLiteral("mine"));
    if (!mine.isEmpty() && mine != u"true" && mine != u"false")
        errors.append({QStringLiteral("mine"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be true or false")});
    query.mine = mine == u"true";
    const http::PageQuery page = http::PageQuery::read(url, kMaxPage, errors, query.limit);
    query.limit = page.limit;
    query.beforeId = page.beforeId;
    if (!errors.isEmpty())
        return http::toHttpResponse(ServiceError::validation(errors));
    return query;
}

} // namespace

void PipelinesController::registerRoutes(http::Router &router)
{
    const QString pipelines = QStringLiteral("/api/v1/projects/{project}/pipelines");
    router.add(Method::Post, pipelines, QStringLiteral("pipeline.create"),
               [this](Request &request) {
                   auto parsed = http::parseJsonObject(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&parsed))
                       return *response;
                   shared::FieldErrors invalid;
                   const auto fields = shared::PipelineRunRequest::fromJson(std::get<QJsonObject>(parsed), invalid);
                   return http::respond(m_pipelines.run(request.mutation(), request.param(kProject), fields,
                                                        QStringLiteral("api"), invalid),
                                        http::created<shared::Pipeline>);
               },
               {.maxBodyBytes = 64 * 1024, .slow = true}); // fetches and plans
    router.add(Method::Get, pipelines, QStringLiteral("pipeline.list"), [this](Request &request) {
        auto query = queryOf(request);
        if (auto *response = std::get_if<HttpResponse>(&query))
            return *response;
        return http::respond(
            m_pipelines.list(request.mutation(), request.param(kProject), std::get<PipelineRepository::Query>(query)),
            http::pageResponse<PipelineService::Page>);
    });
    router.add(Method::Get, QStringLiteral("/api/v1/pipelines"), QStringLiteral("pipeline.list.visible"),
               [this](Request &request) {
                   auto query = acrossQueryOf(request);
                   if (auto *response = std::get_if<HttpResponse>(&query))
                       return *response;
                   return http::respond(
                       m_activity.pipelines(request.mutation(), std::get<ActivityService::PipelineQuery>(query)),
                       http::pageResponse<PipelineService::Page>);
               });
    router.add(Method::Get, QStringLiteral("/api/v1/jobs"), QStringLiteral("job.list.visible"),
               [this](Request &request) {
                   const QUrlQuery url(request.raw.url());
                   shared::FieldErrors errors;
                   const QStringList statuses = statusesOf(url, errors);
                   const http::PageQuery page = http::PageQuery::read(url, kMaxPage, errors, 50);
                   if (!errors.isEmpty())
                       return http::toHttpResponse(ServiceError::validation(errors));
                   return http::respond(m_activity.jobs(request.mutation(), statuses, page.limit),
                                        http::itemsResponse<shared::ActiveJob>);
               });
    router.add(Method::Post, QStringLiteral("/api/v1/pipelines/{pipeline}/cancel"), QStringLiteral("pipeline.cancel"),
               [this](Request &request) {
                   return http::respond(
                       m_control.cancel(request.mutation(), request.idParam(QStringLiteral("pipeline"))),
                       http::ok<shared::Pipeline>);
               });
    router.add(Method::Post, QStringLiteral("/api/v1/pipelines/{pipeline}/retry"), QStringLiteral("pipeline.retry"),
               [this](Request &request) {
                   return http::respond(
                       m_control.retry(request.mutation(), request.idParam(QStringLiteral("pipeline"))),
                       http::ok<shared::Pipeline>);
               });
    router.add(Method::Post, QStringLiteral("/api/v1/jobs/{job}/retry"), QStringLiteral("job.retry"),
               [this](Request &request) {
                   return http::respond(m_control.retryJob(request.mutation(), request.idParam(QStringLiteral("job"))),
                                        http::ok<shared::Pipeline>);
               });
    router.add(Method::Post, QStringLiteral("/api/v1/jobs/{job}/play"), QStringLiteral("job.play"),
               [this](Request &request) {
                   return http::respond(m_control.play(request.mutation(), request.idParam(QStringLiteral("job"))),
                                        http::ok<shared::Pipeline>);
               });
    router.add(
        Method::Get, QStringLiteral("/api/v1/jobs/{job}/log"), QStringLiteral("job.log.read"),
        [this](Request &request) {
            const qint64 id = request.idParam(QStringLiteral("job"));
            // ?offset=N: the log from byte N on, for followers that have the rest;
            // ?limit=N: at most N bytes, so a client can read a long log in pages.
            const QUrlQuery url(request.raw.url());
            const auto number = [&url](const QString &name, qint64 fallback, qint64 least) -> std::optional<qint64> {
                if (!url.hasQueryItem(name))
                    return fallback;
                bool valid = false;
                const qint64 value = url.queryItemValue(name).toLongLong(&valid);
                return valid && value >= least ? std::optional(value) : std::nullopt;
            };
            const auto from = number(QStringLiteral("offset"), 0, 0);
            const auto limit = number(QStringLiteral("limit"), std::numeric_limits<qint64>::max(), 1);
            if (!from || !limit)
                return http::toHttpResponse(ServiceError::invalidField(
                    !from ? QStringLiteral("offset") : QStringLiteral("limit"), shared::fieldcodes::InvalidValue,
                    !from ? QStringLiteral("must be a byte offset, 0 or more")
                          : QStringLiteral("must be a number of bytes, 1 or more")));
            return http::respond(
                m_pipelines.jobLog(request.mutation(), id, *from, *limit), [](const PipelineService::JobLog &log) {
                    HttpResponse response =
                        HttpResponse::text(200, log.slice.bytes, QByteArrayLiteral("text/plain; charset=utf-8"));
                    response.headers.append(
                        {QByteArrayLiteral("X-Job-Status"), log.status.toUtf8()}); // for followers: finished yet?
                    response.headers.append({QByteArrayLiteral("X-Log-Offset"), QByteArray::number(log.slice.offset)});
                    response.headers.append({QByteArrayLiteral("X-Log-Size"), QByteArray::number(log.slice.size)});
                    return response;
                });
        });
    router.add(Method::Get, QStringLiteral("/api/v1/pipelines/{pipeline}"), QStringLiteral("pipeline.read"),
               [this](Request &request) {
                   const qint64 id = request.idParam(QStringLiteral("pipeline"));
                   return http::respond(m_pipelines.get(request.mutation(), id), http::ok<shared::Pipeline>);
               });
}

} // namespace adp::server::pipelines
