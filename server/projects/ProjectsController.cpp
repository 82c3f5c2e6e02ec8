#include "ProjectsController.h"

#include "http/JsonBody.h"
#include "http/ServiceErrorMapping.h"
#include "shared/core/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::server::projects {

using http::HttpResponse;
using http::Method;
using http::Request;
using shared::Project;

namespace {
constexpr qint64 kMaxProjectBody = 64 * 1024;
const QString kProject = QStringLiteral("project");
} // namespace

void ProjectsController::registerRoutes(http::Router &router)
{
    const http::RouteOptions body{kMaxProjectBody, false};
    const QString one = QStringLiteral("/api/v1/projects/{project}");
    router.add(Method::Get, QStringLiteral("/api/v1/projects"), QStringLiteral("project.list"),
               [this](Request &r) { return list(r); });
    router.add(
        Method::Post, QStringLiteral("/api/v1/projects"), QStringLiteral("project.create"),
        [this](Request &r) { return create(r); }, body);
    router.add(Method::Get, one, QStringLiteral("project.read"), [this](Request &r) { return show(r); });
    router.add(
        Method::Patch, one, QStringLiteral("project.update"), [this](Request &r) { return update(r); }, body);
    router.add(Method::Delete, one, QStringLiteral("project.delete"), [this](Request &r) { return remove(r); });
}

HttpResponse ProjectsController::list(Request &request)
{
    shared::FieldErrors errors;
    const auto query = shared::ProjectListQuery::fromUrlQuery(request.raw.query(), errors);
    if (!errors.isEmpty())
        return HttpResponse::fieldErrors(400, shared::errorcodes::BadRequest,
                                         QStringLiteral("Invalid query parameters"), errors);
    return http::respond(m_service.list(*request.actor, query), [](const ProjectService::JsonPage &page) {
        // Items are stored, already serialised JSON objects; only the envelope is built here.
        const QByteArray cursor =
            page.nextCursor.isEmpty()
                ? QByteArrayLiteral("null")
                : QJsonDocument(QJsonArray{page.nextCursor}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        QByteArray body;
        body.reserve(64 + page.items.size() * 320);
        body.append("{\"items\":[")
            .append(page.items.join(','))
            .append("],\"next_cursor\":")
            .append(cursor)
            .append('}');
        return HttpResponse::text(200, body, QByteArrayLiteral("application/json"));
    });
}

HttpResponse ProjectsController::show(Request &request)
{
    return http::respond(m_service.get(request.mutation(), request.param(kProject)), http::ok<Project>);
}

HttpResponse ProjectsController::create(Request &request)
{
    auto fields = http::readFields<shared::ProjectFields>(request.raw);
    if (auto *response = std::get_if<HttpResponse>(&fields))
        return *response;
    return http::respond(
        m_service.create(request.mutation(), std::get<shared::ProjectFields>(fields)), [](const Project &p) {
            HttpResponse response = http::created(p);
            response.headers.append({QByteArrayLiteral("Location"), "/api/v1/projects/" + QByteArray::number(p.id)});
            return response;
        });
}

HttpResponse ProjectsController::update(Request &request)
{
    auto fields = http::readFields<shared::ProjectFields>(request.raw);
    if (auto *response = std::get_if<HttpResponse>(&fields))
        return *response;
    return http::respond(
        m_service.update(request.mutation(), request.param(kProject), std::get<shared::ProjectFields>(fields)),
        http::ok<Project>);
}

HttpResponse ProjectsController::remove(Request &request)
{
    return http::respond(m_service.remove(request.mutation(), request.param(kProject)), http::noContent);
}

} // namespace adp::server::projects
