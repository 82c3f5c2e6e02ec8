#include "RepositoryFilesController.h"

#include "http/JsonBody.h"

#include <QUrlQuery>

namespace adp::server::scm {

using http::Method;
using http::Request;

void RepositoryFilesController::registerRoutes(http::Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{project}/repository/files"),
               QStringLiteral("repository.file.read"),
               [this](Request &request) {
                   const QUrlQuery query(request.raw.url());
                   return http::respond(m_files.read(request.mutation(), request.param(QStringLiteral("project")),
                                                     query.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded),
                                                     query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded)),
                                        http::ok<shared::RepositoryFile>);
               },
               {.slow = true}); // fetches the repository
}

} // namespace adp::server::scm
