#include "CostsController.h"

#include "http/JsonBody.h"

#include <QBuffer>

namespace adp::server::costs {

using http::Method;
using http::Request;
using shared::costs::CostImport;

namespace {
const QString kOrganisation = QStringLiteral("organisation");
const QString kImport = QStringLiteral("cost_import");
} // namespace

void CostsController::registerRoutes(http::Router &router)
{
    const QString all = QStringLiteral("/api/v1/organisations/{organisation}/costs/imports");
    const QString one = all + QStringLiteral("/{cost_import}");
    router.add(Method::Get, all, QStringLiteral("cost.import.list"), [this](Request &request) {
        return http::respond(m_imports.list(request.mutation(), request.param(kOrganisation)),
                             http::itemsResponse<CostImport>);
    });
    router.add(
        Method::Post, all, QStringLiteral("cost.import.create"),
        [this](Request &request) {
            QBuffer file;
            file.setData(request.raw.body()); // shared, not copied
            file.open(QIODevice::ReadOnly);
            const QString source = request.raw.query().queryItemValue(QStringLiteral("source"), QUrl::FullyDecoded);
            return http::respond(m_imports.importFocus(request.mutation(), request.param(kOrganisation), file, source),
                                 http::created<CostImport>);
        },
        {.maxBodyBytes = kMaxUpload, .slow = true});
    router.add(Method::Get, one, QStringLiteral("cost.import.read"), [this](Request &request) {
        return http::respond(m_imports.get(request.mutation(), request.param(kOrganisation), request.idParam(kImport)),
                             http::ok<CostImport>);
    });
    router.add(Method::Delete, one, QStringLiteral("cost.import.delete"), [this](Request &request) {
        return http::respond(
            m_imports.remove(request.mutation(), request.param(kOrganisation), request.idParam(kImport)),
            http::noContent);
    });
}

} // namespace adp::server::costs
