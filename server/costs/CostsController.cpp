#include "CostsController.h"

#include "http/JsonBody.h"
#include "http/ResponseStream.h"
#include "http/ServiceErrorMapping.h"

#include <QBuffer>

namespace adp::server::costs {

using http::Method;
using http::Request;
using shared::costs::CostImport;

namespace {
const QString kOrganisation = QStringLiteral("organisation");
const QString kImport = QStringLiteral("cost_import");
const QString kRule = QStringLiteral("cost_rule");
constexpr qint64 kMaxRuleBody = 16 * 1024;
using RuleFields = shared::costs::CostRuleFields;
using shared::costs::CostRule;
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
        {.maxBodyBytes = CostImport::kMaxUploadBytes, .slow = true});
    router.add(Method::Get, one, QStringLiteral("cost.import.read"), [this](Request &request) {
        return http::respond(m_imports.get(request.mutation(), request.param(kOrganisation), request.idParam(kImport)),
                             http::ok<CostImport>);
    });
    router.add(Method::Delete, one, QStringLiteral("cost.import.delete"), [this](Request &request) {
        return http::respond(
            m_imports.remove(request.mutation(), request.param(kOrganisation), request.idParam(kImport)),
            http::noContent);
    });
    registerRuleRoutes(router);
    registerAnalysisRoutes(router);
}

void CostsController::registerAnalysisRoutes(http::Router &router)
{
    const QString costs = QStringLiteral("/api/v1/organisations/{organisation}/costs");
    router.add(Method::Get, costs + QStringLiteral("/breakdown"), QStringLiteral("cost.read"),
               [this](Request &request) {
                   shared::FieldErrors errors;
                   const auto query = shared::costs::CostQuery::fromQuery(request.raw.query(), errors);
                   return http::respond(
                       m_analysis.breakdown(request.mutation(), request.param(kOrganisation), query, errors),
                       http::ok<shared::costs::CostBreakdown>);
               },
               {.slow = true});
    router.add(Method::Get, costs + QStringLiteral("/summary"), QStringLiteral("cost.read"),
               [this](Request &request) {
                   shared::FieldErrors errors;
                   const auto query = shared::costs::CostQuery::fromQuery(request.raw.query(), errors);
                   return http::respond(
                       m_analysis.summary(request.mutation(), request.param(kOrganisation), query, errors),
                       http::ok<shared::costs::CostSummary>);
               },
               {.slow = true});
    router.add(Method::Get, costs + QStringLiteral("/forecast"), QStringLiteral("cost.read"),
               [this](Request &request) {
                   shared::FieldErrors errors;
                   const auto query = shared::costs::CostQuery::fromMonthQuery(request.raw.query(), errors);
                   return http::respond(
                       m_analysis.forecast(request.mutation(), request.param(kOrganisation), query, errors),
                       http::ok<shared::costs::CostForecast>);
               },
               {.slow = true});
    router.add(
        Method::Get, costs + QStringLiteral("/export"), QStringLiteral("cost.read"),
        [this](Request &request) -> http::HttpResponse {
            shared::FieldErrors errors;
            QUrlQuery asked = request.raw.query();
            const QString format = asked.queryItemValue(QStringLiteral("format"));
            asked.removeAllQueryItems(QStringLiteral("format"));
            const auto query = shared::costs::CostQuery::fromQuery(asked, errors);
            const auto plan = m_exporter.begin(request.mutation(), request.param(kOrganisation), query, format, errors);
            if (!plan.ok())
                return http::toHttpResponse(plan.error());
            http::HttpResponse response;
            response.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
            const QByteArray name = "adp-costs-" + query.from.date().toString(Qt::ISODate).toLatin1() + "-" +
                                    (plan.value().focus ? "focus" : "daily") + ".csv";
            response.headers.append({QByteArrayLiteral("Content-Disposition"), "attachment; filename=\"" + name + '"'});
            response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
            response.stream =
                std::make_shared<http::ResponseStream>([this, plan = plan.value()](http::ResponseStream &stream) {
                    m_exporter.write(plan, [&stream](QByteArray piece) { return stream.write(std::move(piece)); });
                });
            return response;
        },
        {.slow = true});
}

void CostsController::registerRuleRoutes(http::Router &router)
{
    const QString all = QStringLiteral("/api/v1/organisations/{organisation}/costs/rules");
    const QString one = all + QStringLiteral("/{cost_rule}");
    router.add(Method::Get, all, QStringLiteral("cost.rule.list"), [this](Request &request) {
        return http::respond(m_rules.list(request.mutation(), request.param(kOrganisation)),
                             http::itemsResponse<CostRule>);
    });
    router.add(Method::Post, all, QStringLiteral("cost.rule.create"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<RuleFields>(
                       request.raw, [&](const RuleFields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(
                               m_rules.create(request.mutation(), request.param(kOrganisation), fields, invalid),
                               http::created<CostRule>);
                       });
               },
               {.maxBodyBytes = kMaxRuleBody, .slow = true}); // attributes every kind again
    router.add(Method::Get, one, QStringLiteral("cost.rule.read"), [this](Request &request) {
        return http::respond(m_rules.get(request.mutation(), request.param(kOrganisation), request.idParam(kRule)),
                             http::ok<CostRule>);
    });
    router.add(Method::Patch, one, QStringLiteral("cost.rule.update"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<RuleFields>(
                       request.raw, [&](const RuleFields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(m_rules.update(request.mutation(), request.param(kOrganisation),
                                                               request.idParam(kRule), fields, invalid),
                                                http::ok<CostRule>);
                       });
               },
               {.maxBodyBytes = kMaxRuleBody, .slow = true});
    router.add(Method::Delete, one, QStringLiteral("cost.rule.delete"),
               [this](Request &request) {
                   return http::respond(
                       m_rules.remove(request.mutation(), request.param(kOrganisation), request.idParam(kRule)),
                       http::noContent);
               },
               {.slow = true});
}

} // namespace adp::server::costs
