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
    registerPriceRoutes(router);
    registerBudgetRoutes(router);
    registerAnalysisRoutes(router);
}

void CostsController::registerBudgetRoutes(http::Router &router)
{
    using shared::costs::CostBudget;
    using BudgetFields = shared::costs::CostBudgetFields;
    const QString all = QStringLiteral("/api/v1/organisations/{organisation}/costs/budgets");
    const QString one = all + QStringLiteral("/{cost_budget}");
    const QString budget = QStringLiteral("cost_budget");
    router.add(Method::Get, all, QStringLiteral("cost.budget.list"),
               [this](Request &request) {
                   return http::respond(m_budgets.list(request.mutation(), request.param(kOrganisation)),
                                        http::itemsResponse<CostBudget>);
               },
               {.slow = true}); // each with where it stands
    router.add(Method::Post, all, QStringLiteral("cost.budget.create"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<BudgetFields>(
                       request.raw, [&](const BudgetFields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(
                               m_budgets.create(request.mutation(), request.param(kOrganisation), fields, invalid),
                               http::created<CostBudget>);
                       });
               },
               {.maxBodyBytes = kMaxRuleBody, .slow = true});
    router.add(Method::Get, one, QStringLiteral("cost.budget.read"),
               [this, budget](Request &request) {
                   return http::respond(
                       m_budgets.get(request.mutation(), request.param(kOrganisation), request.idParam(budget)),
                       http::ok<CostBudget>);
               },
               {.slow = true});
    router.add(Method::Patch, one, QStringLiteral("cost.budget.update"),
               [this, budget](Request &request) {
                   return http::withFieldsDeferringErrors<BudgetFields>(
                       request.raw, [&](const BudgetFields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(m_budgets.update(request.mutation(), request.param(kOrganisation),
                                                                 request.idParam(budget), fields, invalid),
                                                http::ok<CostBudget>);
                       });
               },
               {.maxBodyBytes = kMaxRuleBody, .slow = true});
    router.add(Method::Delete, one, QStringLiteral("cost.budget.delete"), [this, budget](Request &request) {
        return http::respond(
            m_budgets.remove(request.mutation(), request.param(kOrganisation), request.idParam(budget)),
            http::noContent);
    });
}

void CostsController::registerPriceRoutes(http::Router &router)
{
    using shared::costs::CostPrice;
    using PriceFields = shared::costs::CostPriceFields;
    const QString all = QStringLiteral("/api/v1/organisations/{organisation}/costs/prices");
    router.add(Method::Get, all, QStringLiteral("cost.price.list"), [this](Request &request) {
        return http::respond(m_prices.list(request.mutation(), request.param(kOrganisation)),
                             http::itemsResponse<CostPrice>);
    });
    router.add(Method::Post, all, QStringLiteral("cost.price.create"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<PriceFields>(
                       request.raw, [&](const PriceFields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(
                               m_prices.create(request.mutation(), request.param(kOrganisation), fields, invalid),
                               http::created<CostPrice>);
                       });
               },
               {.maxBodyBytes = kMaxRuleBody});
    router.add(Method::Delete, all + QStringLiteral("/{cost_price}"), QStringLiteral("cost.price.delete"),
               [this](Request &request) {
                   return http::respond(m_prices.remove(request.mutation(), request.param(kOrganisation),
                                                        request.idParam(QStringLiteral("cost_price"))),
                                        http::noContent);
               });
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
    router.add(Method::Get, costs + QStringLiteral("/savings"), QStringLiteral("cost.read"),
               [this](Request &request) {
                   shared::FieldErrors errors;
                   const auto query = shared::costs::SavingsQuery::fromQuery(request.raw.query(), errors);
                   return http::respond(
                       m_savings.advise(request.mutation(), request.param(kOrganisation), query, errors),
                       http::ok<shared::costs::CostSavings>);
               },
               {.slow = true});
    router.add(Method::Get, costs + QStringLiteral("/lines"), QStringLiteral("cost.read"),
               [this](Request &request) {
                   shared::FieldErrors errors;
                   QUrlQuery asked = request.raw.query();
                   const int limit = shared::costs::CostLines::limitOf(asked, errors);
                   const auto query = shared::costs::CostQuery::fromQuery(asked, errors);
                   return http::respond(
                       m_drillDown.lines(request.mutation(), request.param(kOrganisation), query, limit, errors),
                       http::ok<shared::costs::CostLines>);
               },
               {.slow = true});
    router.add(Method::Get, costs + QStringLiteral("/allocation"), QStringLiteral("cost.read"),
               [this](Request &request) {
                   shared::FieldErrors errors;
                   const auto query =
                       shared::costs::AllocationQuery::fromQuery(request.raw.query(), m_clusters.today(), errors);
                   return http::respond(
                       m_clusters.allocation(request.mutation(), request.param(kOrganisation), query, errors),
                       http::ok<shared::costs::AllocationSet>);
               },
               {.slow = true});
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{project}/deployments/{deployment}/cost-delta"),
               QStringLiteral("deployment.cost.read"),
               [this](Request &request) {
                   shared::FieldErrors errors;
                   const int days = shared::costs::DeploymentCostDelta::daysOf(QUrlQuery(request.raw.url()), errors);
                   return http::respond(
                       m_deploymentCosts.deltaOf(request.mutation(), request.param(QStringLiteral("project")),
                                                 request.idParam(QStringLiteral("deployment")), days, errors),
                       http::ok<shared::costs::DeploymentCostDelta>);
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
