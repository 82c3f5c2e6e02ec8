#include "AuditController.h"

#include "http/JsonBody.h"
#include "http/ResponseStream.h"
#include "http/ServiceErrorMapping.h"
#include "shared/core/ErrorCodes.h"

#include <QJsonArray>

namespace adp::server::audit {

using http::HttpResponse;
using http::Method;
using http::Request;

void AuditController::registerRoutes(http::Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/audit"), QStringLiteral("audit.read"),
               [this](Request &r) { return list(r); });
    router.add(Method::Get, QStringLiteral("/api/v1/audit/verify"), QStringLiteral("audit.read"),
               [this](Request &r) { return verify(r); });
    router.add(Method::Get, QStringLiteral("/api/v1/audit/export"), QStringLiteral("audit.export"),
               [this](Request &r) { return exportEvents(r); });
    router.add(Method::Get, QStringLiteral("/.well-known/adp-audit-signing-key"), QStringLiteral("audit.signing_key"),
               [this](Request &) { return HttpResponse::json(200, m_signingKey.toJson()); });
}

HttpResponse AuditController::list(Request &request)
{
    shared::FieldErrors errors;
    const auto query = shared::AuditQuery::fromUrlQuery(request.raw.query(), errors);
    if (!errors.isEmpty())
        return HttpResponse::fieldErrors(400, shared::errorcodes::BadRequest,
                                         QStringLiteral("Invalid query parameters"), errors);
    return http::respond(m_service.list(request.mutation(), query), http::pageResponse<AuditService::Page>);
}

HttpResponse AuditController::verify(Request &request)
{
    return http::respond(m_service.verify(request.mutation()), [](const shared::AuditVerification &result) {
        return HttpResponse::json(200, result.toJson());
    });
}

HttpResponse AuditController::exportEvents(Request &request)
{
    const QUrlQuery url = request.raw.query();
    shared::FieldErrors errors;
    AuditExportRequest wanted;
    wanted.filters = shared::AuditQuery::fromUrlQuery(url, errors);
    for (const char *paging : {"limit", "cursor"}) {
        if (url.hasQueryItem(QString::fromLatin1(paging)))
            errors.append({QString::fromLatin1(paging), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                           QStringLiteral("an export has every event the filters pass; it takes no pages")});
    }
    const QString format = url.queryItemValue(QStringLiteral("format"));
    const auto chosen = shared::audit::exportFormatFromName(format.isEmpty() ? QStringLiteral("csv") : format);
    if (!chosen)
        errors.append({QStringLiteral("format"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be csv or jsonl")});
    const QString bom = url.queryItemValue(QStringLiteral("bom"));
    if (!bom.isEmpty() && bom != u"true" && bom != u"false")
        errors.append({QStringLiteral("bom"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be true or false")});
    if (chosen == shared::audit::ExportFormat::JsonLines && bom == u"true")
        errors.append({QStringLiteral("bom"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("is for CSV only: JSON Lines are plain UTF-8")});
    if (!errors.isEmpty())
        return HttpResponse::fieldErrors(400, shared::errorcodes::BadRequest,
                                         QStringLiteral("Invalid query parameters"), errors);
    wanted.format = *chosen;
    wanted.byteOrderMark = bom == u"true";

    const AuditExporter::Plan plan = m_exporter.begin(request.mutation(), wanted);
    HttpResponse response;
    response.contentType = wanted.format == shared::audit::ExportFormat::Csv
                               ? QByteArrayLiteral("text/csv; charset=utf-8")
                               : QByteArrayLiteral("application/jsonl; charset=utf-8");
    const QByteArray name = "adp-audit-" + plan.madeAt.toString(QStringLiteral("yyyyMMdd-HHmmss")).toLatin1() + '.' +
                            shared::audit::exportFormatName(wanted.format).toLatin1();
    response.headers.append({QByteArrayLiteral("Content-Disposition"), "attachment; filename=\"" + name + '"'});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    response.stream = std::make_shared<http::ResponseStream>([this, plan](http::ResponseStream &stream) {
        m_exporter.write(plan, [&stream](QByteArray piece) { return stream.write(std::move(piece)); });
    });
    return response;
}

} // namespace adp::server::audit
