#include "ProjectsApi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

namespace {
QString projectPath(const QString &idOrSlug)
{
    return QStringLiteral("/api/v1/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(idOrSlug));
}
} // namespace

void ProjectsApi::list(const ProjectListQuery &query, QObject *context,
                       std::function<void(const ApiResult<ProjectPage> &)> done)
{
    m_client.send("GET", QStringLiteral("/api/v1/projects"), query.toUrlQuery(), {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      const QJsonObject object = result.value().object();
                      ProjectPage page;
                      for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray()) {
                          if (auto project = Project::fromJson(item.toObject()))
                              page.items.append(*project);
                      }
                      page.nextCursor = object.value(QStringLiteral("next_cursor")).toString();
                      done(page);
                  });
}

void ProjectsApi::sendForProject(const QByteArray &method, const QString &path, const QJsonDocument &body,
                                 QObject *context, std::function<void(const ApiResult<Project> &)> done)
{
    m_client.send(method, path, {}, body, context, [done](const ApiResult<QJsonDocument> &result) {
        if (!result.ok())
            return done(result.error());
        const auto project = Project::fromJson(result.value().object());
        if (!project)
            return done(ApiError::network(QStringLiteral("The server's answer is not a project")));
        done(*project);
    });
}

void ProjectsApi::get(const QString &idOrSlug, QObject *context,
                      std::function<void(const ApiResult<Project> &)> done)
{
    sendForProject("GET", projectPath(idOrSlug), {}, context, std::move(done));
}

void ProjectsApi::create(const ProjectFields &fields, QObject *context,
                         std::function<void(const ApiResult<Project> &)> done)
{
    sendForProject("POST", QStringLiteral("/api/v1/projects"), QJsonDocument(fields.toJson()), context,
                   std::move(done));
}

void ProjectsApi::update(const QString &idOrSlug, const ProjectFields &fields, QObject *context,
                         std::function<void(const ApiResult<Project> &)> done)
{
    sendForProject("PATCH", projectPath(idOrSlug), QJsonDocument(fields.toJson()), context, std::move(done));
}

void ProjectsApi::remove(const QString &idOrSlug, QObject *context,
                         std::function<void(const ApiResult<Done> &)> done)
{
    m_client.send("DELETE", projectPath(idOrSlug), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      done(Done{});
                  });
}

} // namespace adp::shared
