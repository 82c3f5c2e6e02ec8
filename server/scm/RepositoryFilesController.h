#pragma once

#include "RepositoryFiles.h"
#include "http/Router.h"

namespace adp::server::scm {

// GET /api/v1/projects/{project}/repository/files?ref=R&path=P: one text file at a ref.
class RepositoryFilesController
{
public:
    explicit RepositoryFilesController(RepositoryFiles &files)
        : m_files(files)
    {
    }
    void registerRoutes(http::Router &router);

private:
    RepositoryFiles &m_files;
};

} // namespace adp::server::scm
