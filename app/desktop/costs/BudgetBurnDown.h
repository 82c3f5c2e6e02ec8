#pragma once

#include "shared/costs/CostBreakdown.h"
#include "shared/costs/CostBudget.h"

#include <QChartView>

namespace adp::app {

// A budget's period as a burn-up: what was spent day by day (cumulative), the budget's line, and
// where the period is heading — the forecast to its end, with its band when the server gave one.
class BudgetBurnDown : public QChartView
{
    Q_OBJECT

public:
    explicit BudgetBurnDown(QWidget *parent = nullptr);

    struct Heading
    {
        qint64 forecastNanos = 0;
        std::optional<std::pair<qint64, qint64>> band; // low, high at the period's end
    };
    // `daily`: the period's spend so far, by day (a breakdown's steps and total per step).
    void plot(const shared::costs::CostBudget &budget, const shared::costs::CostBreakdown &daily,
              const std::optional<Heading> &heading);
    qint64 spentNanos() const { return m_spent; }
    QStringList seriesNames() const;

private:
    qint64 m_spent = 0;
};

} // namespace adp::app
