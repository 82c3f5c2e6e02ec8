#pragma once

#include "ApiClient.h"
#include "shared/core/Project.h"
#include "shared/core/ProjectFields.h"
#include "shared/core/ProjectListQuery.h"

namespace adp::shared {

// /api/v1/projects: list (cursor pages), show, create, update, delete.
// `idOrSlug` accepts either a numeric id or a slug.
class ProjectsApi
{
public:
    explicit ProjectsApi(ApiClient &client)
        : m_client(client)
    {
    }
    ApiClient &client() const { return m_client; }

    void list(const ProjectListQuery &query, QObject *context,
              std::function<void(const ApiResult<ProjectPage> &)> done);
    void get(const QString &idOrSlug, QObject *context, std::function<void(const ApiResult<Project> &)> done);
    void create(const ProjectFields &fields, QObject *context, std::function<void(const ApiResult<Project> &)> done);
    void update(const QString &idOrSlug, const ProjectFields &fields, QObject *context,
                std::function<void(const ApiResult<Project> &)> done);
    void remove(const QString &idOrSlug, QObject *context, std::function<void(const ApiResult<Done> &)> done);

private:
    ApiClient &m_client;
};

} // namespace adp::shared
