#include "ProjectsApi.h"

#include "ApiCalls.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

namespace {
QString projectPath(const QString &idOrSlug)
{
    return QStringLiteral("/api/v1/projects/") + pathSegment(idOrSlug);
}
} // namespace

void ProjectsApi::list(const ProjectListQuery &query, QObject *context,
                       std::function<void(const ApiResult<ProjectPage> &)> done)
{
    fetchPage<ProjectPage>(m_client, QStringLiteral("/api/v1/projects"), query.toUrlQuery(), context, std::move(done));
}

void ProjectsApi::get(const QString &idOrSlug, QObject *context, std::function<void(const ApiResult<Project> &)> done)
{
    sendForOne<Project>(m_client, "GET", projectPath(idOrSlug), {}, context, std::move(done), "a project");
}

void ProjectsApi::create(const ProjectFields &fields, QObject *context,
                         std::function<void(const ApiResult<Project> &)> done)
{
    sendForOne<Project>(m_client, "POST", QStringLiteral("/api/v1/projects"), fields.toJson(), context, std::move(done),
                        "a project");
}

void ProjectsApi::update(const QString &idOrSlug, const ProjectFields &fields, QObject *context,
                         std::function<void(const ApiResult<Project> &)> done)
{
    sendForOne<Project>(m_client, "PATCH", projectPath(idOrSlug), fields.toJson(), context, std::move(done),
                        "a project");
}

void ProjectsApi::remove(const QString &idOrSlug, QObject *context, std::function<void(const ApiResult<Done> &)> done)
{
    sendForNothing(m_client, "DELETE", projectPath(idOrSlug), context, std::move(done));
}

} // namespace adp::shared
