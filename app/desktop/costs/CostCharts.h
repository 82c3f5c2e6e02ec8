#pragma once

#include "CostSeries.h"

#include <QChartView>

class QAreaSeries;

namespace adp::app {

// A chart in the window's theme (light or dark), legend below, drawn without animation (a year of
// days redraws at once).
QChart *themedChart();

// Daily cost as stacked areas, one per shown group (the rest folded into "Other"), over dates.
class DailyCostChart : public QChartView
{
    Q_OBJECT

public:
    // Longer periods are drawn without antialiasing: smoothing a year of stacked areas cost 25 times
    // the rest of the drawing (adp-bench-cost-chart), and at a few pixels a day nothing shows it.
    static constexpr int kSmoothedSteps = 92;

    explicit DailyCostChart(QWidget *parent = nullptr);
    void plot(const CostSeries &series);
    int areaCount() const;
};

// The costliest groups as horizontal bars; clicking one asks to look inside it.
class TopSpendersChart : public QChartView
{
    Q_OBJECT

public:
    explicit TopSpendersChart(QWidget *parent = nullptr);
    void plot(const CostSeries &series);
    QStringList keys() const { return m_keys; } // bar by bar, top first
    void click(int bar);                        // as a person clicking bar `bar`

Q_SIGNALS:
    void groupChosen(const QString &key, const QString &label);

private:
    QStringList m_keys;
    QStringList m_labels;
};

} // namespace adp::app
