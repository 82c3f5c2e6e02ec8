#pragma once

#include "ApiCalls.h"
#include "shared/costs/ClusterAllocation.h"
#include "shared/costs/CostBreakdown.h"
#include "shared/costs/CostBudget.h"
#include "shared/costs/CostDelta.h"
#include "shared/costs/CostImport.h"
#include "shared/costs/CostLines.h"
#include "shared/costs/CostPrice.h"
#include "shared/costs/CostRule.h"
#include "shared/costs/CostSavings.h"

namespace adp::shared {

// An organisation's costs: bills imported from FOCUS exports, the rules that attribute them,
// and what they come to.
class CostsApi
{
public:
    template <typename R> using Then = std::function<void(const ApiResult<R> &)>;

    explicit CostsApi(ApiClient &client)
        : m_client(client)
    {
    }

    void imports(const QString &organisation, QObject *context, Then<QList<costs::CostImport>> done)
    {
        fetchItems<costs::CostImport>(m_client, path(organisation, "imports"), {}, context, std::move(done));
    }
    // A FOCUS CSV export, sent whole (the server takes up to 256 MiB).
    void importBill(const QString &organisation, const QByteArray &csv, const QString &source, QObject *context,
                    Then<costs::CostImport> done)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("source"), QString::fromUtf8(QUrl::toPercentEncoding(source)));
        m_client.sendBytes("POST", path(organisation, "imports"), query, csv, QByteArrayLiteral("text/csv"), context,
                           [done](const ApiResult<QJsonDocument> &result) {
                               if (!result.ok())
                                   return done(result.error());
                               if (auto bill = costs::CostImport::fromJson(result.value().object()))
                                   return done(*bill);
                               done(ApiError::network(QStringLiteral("The server's answer is not a cost import")));
                           });
    }
    void removeImport(const QString &organisation, qint64 id, QObject *context, Then<Done> done)
    {
        sendForNothing(m_client, "DELETE", path(organisation, "imports") + QStringLiteral("/%1").arg(id), context,
                       std::move(done));
    }

    void rules(const QString &organisation, QObject *context, Then<QList<costs::CostRule>> done)
    {
        fetchItems<costs::CostRule>(m_client, path(organisation, "rules"), {}, context, std::move(done));
    }
    void createRule(const QString &organisation, const costs::CostRuleFields &fields, QObject *context,
                    Then<costs::CostRule> done)
    {
        sendForOne<costs::CostRule>(m_client, "POST", path(organisation, "rules"), fields.toJson(), context,
                                    std::move(done), "a cost rule");
    }
    void updateRule(const QString &organisation, qint64 id, const costs::CostRuleFields &fields, QObject *context,
                    Then<costs::CostRule> done)
    {
        sendForOne<costs::CostRule>(m_client, "PATCH", path(organisation, "rules") + QStringLiteral("/%1").arg(id),
                                    fields.toJson(), context, std::move(done), "a cost rule");
    }
    void removeRule(const QString &organisation, qint64 id, QObject *context, Then<Done> done)
    {
        sendForNothing(m_client, "DELETE", path(organisation, "rules") + QStringLiteral("/%1").arg(id), context,
                       std::move(done));
    }

    void prices(const QString &organisation, QObject *context, Then<QList<costs::CostPrice>> done)
    {
        fetchItems<costs::CostPrice>(m_client, path(organisation, "prices"), {}, context, std::move(done));
    }
    void createPrice(const QString &organisation, const costs::CostPriceFields &fields, QObject *context,
                     Then<costs::CostPrice> done)
    {
        sendForOne<costs::CostPrice>(m_client, "POST", path(organisation, "prices"), fields.toJson(), context,
                                     std::move(done), "a price");
    }
    void removePrice(const QString &organisation, qint64 id, QObject *context, Then<Done> done)
    {
        sendForNothing(m_client, "DELETE", path(organisation, "prices") + QStringLiteral("/%1").arg(id), context,
                       std::move(done));
    }

    void budgets(const QString &organisation, QObject *context, Then<QList<costs::CostBudget>> done)
    {
        fetchItems<costs::CostBudget>(m_client, path(organisation, "budgets"), {}, context, std::move(done));
    }
    void budget(const QString &organisation, qint64 id, QObject *context, Then<costs::CostBudget> done)
    {
        sendForOne<costs::CostBudget>(m_client, "GET", path(organisation, "budgets") + QStringLiteral("/%1").arg(id),
                                      {}, context, std::move(done), "a budget");
    }
    void createBudget(const QString &organisation, const costs::CostBudgetFields &fields, QObject *context,
                      Then<costs::CostBudget> done)
    {
        sendForOne<costs::CostBudget>(m_client, "POST", path(organisation, "budgets"), fields.toJson(), context,
                                      std::move(done), "a budget");
    }
    void updateBudget(const QString &organisation, qint64 id, const costs::CostBudgetFields &fields, QObject *context,
                      Then<costs::CostBudget> done)
    {
        sendForOne<costs::CostBudget>(m_client, "PATCH", path(organisation, "budgets") + QStringLiteral("/%1").arg(id),
                                      fields.toJson(), context, std::move(done), "a budget");
    }
    void removeBudget(const QString &organisation, qint64 id, QObject *context, Then<Done> done)
    {
        sendForNothing(m_client, "DELETE", path(organisation, "budgets") + QStringLiteral("/%1").arg(id), context,
                       std::move(done));
    }

    void breakdown(const QString &organisation, const costs::CostQuery &query, QObject *context,
                   Then<costs::CostBreakdown> done)
    {
        sendForOne<costs::CostBreakdown>(m_client, "GET", path(organisation, "breakdown"), {}, context, std::move(done),
                                         "a cost breakdown", query.toQuery());
    }
    void summary(const QString &organisation, const costs::CostQuery &query, QObject *context,
                 Then<costs::CostSummary> done)
    {
        sendForOne<costs::CostSummary>(m_client, "GET", path(organisation, "summary"), {}, context, std::move(done),
                                       "a cost summary", query.toQuery());
    }

    // Ways to spend less over the last 30 days, the largest saving first.
    void savings(const QString &organisation, const costs::SavingsQuery &query, QObject *context,
                 Then<costs::CostSavings> done)
    {
        sendForOne<costs::CostSavings>(m_client, "GET", path(organisation, "savings"), {}, context, std::move(done),
                                       "cost savings", query.toQuery());
    }

    // What the narrowed costs are made of, the costliest first (at most `limit`).
    void lines(const QString &organisation, const costs::CostQuery &query, int limit, QObject *context,
               Then<costs::CostLines> done)
    {
        QUrlQuery asked = query.toQuery();
        asked.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        sendForOne<costs::CostLines>(m_client, "GET", path(organisation, "lines"), {}, context, std::move(done),
                                     "cost lines", asked);
    }

    // What connected clusters' workloads cost (`query`: the allocation parameters, passed as asked:
    // the server checks them).
    void allocation(const QString &organisation, const QUrlQuery &query, QObject *context,
                    Then<costs::AllocationSet> done)
    {
        sendForOne<costs::AllocationSet>(m_client, "GET", path(organisation, "allocation"), {}, context,
                                         std::move(done), "a cost allocation", query);
    }

    // What a deployment changed: its environment's mean daily cost before and after it.
    void deploymentCostDelta(const QString &project, qint64 iid, int days, QObject *context,
                             Then<costs::DeploymentCostDelta> done)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("days"), QString::number(days));
        sendForOne<costs::DeploymentCostDelta>(
            m_client, "GET",
            QStringLiteral("/api/v1/projects/%1/deployments/%2/cost-delta").arg(pathSegment(project)).arg(iid), {},
            context, std::move(done), "a deployment's cost delta", query);
    }

    // Where a month's spend is heading (`query` from CostQuery::fromMonthQuery).
    void forecast(const QString &organisation, const costs::CostQuery &query, QObject *context,
                  Then<costs::CostForecast> done)
    {
        sendForOne<costs::CostForecast>(m_client, "GET", path(organisation, "forecast"), {}, context, std::move(done),
                                        "a cost forecast", query.toMonthQuery());
    }

    // The period's costs as CSV into `sink` as they arrive: "csv" (daily sums) or "focus" (every line).
    void exportTo(const QString &organisation, const costs::CostQuery &query, const QString &format, QIODevice *sink,
                  QObject *context, Then<qint64> done)
    {
        QUrlQuery asked = query.toQuery();
        asked.removeAllQueryItems(QStringLiteral("by"));
        asked.removeAllQueryItems(QStringLiteral("interval"));
        asked.removeAllQueryItems(QStringLiteral("metric"));
        asked.addQueryItem(QStringLiteral("format"), format);
        m_client.download(path(organisation, "export"), asked, sink, context, {}, std::move(done));
    }

private:
    static QString path(const QString &organisation, const char *what)
    {
        return QStringLiteral("/api/v1/organisations/%1/costs/%2").arg(pathSegment(organisation), QLatin1String(what));
    }

    ApiClient &m_client;
};

} // namespace adp::shared
