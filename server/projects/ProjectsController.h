#pragma once

#include "ProjectService.h"
#include "http/Router.h"

namespace adp::server::projects {

// /api/v1/projects: turns HTTP into ProjectService calls and back.
class ProjectsController
{
public:
    explicit ProjectsController(ProjectService &service)
        : m_service(service)
    {
    }
    void registerRoutes(http::Router &router);

private:
    http::HttpResponse list(http::Request &request);
    http::HttpResponse show(http::Request &request);
    http::HttpResponse create(http::Request &request);
    http::HttpResponse update(http::Request &request);
    http::HttpResponse remove(http::Request &request);

    ProjectService &m_service;
};

} // namespace adp::server::projects
