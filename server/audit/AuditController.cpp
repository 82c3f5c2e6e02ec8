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
    const bool report = format == u"pdf";
    const auto chosen = report ? std::optional(shared::audit::ExportFormat::JsonLines)
                               : shared::audit::exportFormatFromName(format.isEmpty() ? QStringLiteral("csv") : format);
    if (!chosen)
        errors.append({QStringLiteral("format"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be csv, jsonl or pdf")});
    const QString bom = url.queryItemValue(QStringLiteral("bom"));
    if (!bom.isEmpty() && bom != u"true" && bom != u"false")
        errors.append({QStringLiteral("bom"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be true or false")});
    if (chosen && (report || *chosen != shared::audit::ExportFormat::Csv) && bom == u"true")
        errors.append({QStringLiteral("bom"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("is for CSV only: JSON Lines and PDF need none")});
    const QString language = url.queryItemValue(QStringLiteral("language"));
    if (!language.isEmpty() && !report)
        errors.append({QStringLiteral("language"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("is for PDF reports only")});
    if (report && !language.isEmpty() && language != u"en" && language != u"zh_CN")
        errors.append({QStringLiteral("language"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be en or zh_CN")});
    if (!errors.isEmpty())
        return HttpResponse::fieldErrors(400, shared::errorcodes::BadRequest,
                                         QStringLiteral("Invalid query parameters"), errors);
    wanted.format = *chosen;
    wanted.byteOrderMark = bom == u"true";
    if (report) {
        if (!m_reporter.available())
            return HttpResponse::error(503, shared::errorcodes::Unavailable,
                                       QStringLiteral("PDF reports need adp-audit-report installed beside adp-server "
                                                      "(not found at %1); CSV and JSON Lines exports work without it")
                                           .arg(m_reporter.renderer()));
        const qint64 events = m_reporter.eventsPassing(wanted.filters);
        if (events > AuditReporter::kMaxEvents)
            return HttpResponse::fieldErrors(
                400, shared::errorcodes::BadRequest, QStringLiteral("Too many events for a PDF report"),
                {{QStringLiteral("format"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                  QStringLiteral("a PDF report prints at most %1 events and these filters pass %2: narrow them "
                                 "(since, until, action, actor) or export csv or jsonl")
                      .arg(AuditReporter::kMaxEvents)
                      .arg(events)}});
        wanted.reportLanguage = language.isEmpty() ? QStringLiteral("en") : language;
    }

    const AuditExporter::Plan plan = m_exporter.begin(request.mutation(), wanted);
    HttpResponse response;
    const QByteArray extension =
        report ? QByteArrayLiteral("pdf") : shared::audit::exportFormatName(wanted.format).toLatin1();
    if (report)
        response.contentType = QByteArrayLiteral("application/pdf");
    else if (wanted.format == shared::audit::ExportFormat::Csv)
        response.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
    else
        response.contentType = QByteArrayLiteral("application/jsonl; charset=utf-8");
    const QByteArray name =
        "adp-audit-" + plan.madeAt.toString(QStringLiteral("yyyyMMdd-HHmmss")).toLatin1() + '.' + extension;
    response.headers.append({QByteArrayLiteral("Content-Disposition"), "attachment; filename=\"" + name + '"'});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    response.stream = std::make_shared<http::ResponseStream>([this, plan](http::ResponseStream &stream) {
        const auto sink = [&stream](QByteArray piece) { return stream.write(std::move(piece)); };
        if (plan.request.isReport())
            m_reporter.write(plan, sink);
        else
            m_exporter.write(plan, sink);
    });
    return response;
}

} // namespace adp::server::audit
