#include "ProtectedRefsController.h"

#include "http/CollectionRoutes.h"

namespace adp::server::pipelines {

void ProtectedRefsController::registerRoutes(http::Router &router)
{
    http::addCollectionRoutes(
        router, QStringLiteral("/api/v1/projects/{project}/protected-refs"), QStringLiteral("protected_ref"),
        {QStringLiteral("protected_ref.list"), QStringLiteral("protected_ref.create"),
         QStringLiteral("protected_ref.delete")},
        m_refs, &ProtectedRefService::list, &ProtectedRefService::create, &ProtectedRefService::remove, 4 * 1024);
}

} // namespace adp::server::pipelines
