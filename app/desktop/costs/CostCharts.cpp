#include "CostCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

namespace adp::app {

QChart *themedChart()
{
    auto *chart = new QChart;
    // The application's theme (light or dark), as the rest of the window.
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

DailyCostChart::DailyCostChart(QWidget *parent)
    : QChartView(themedChart(), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

int DailyCostChart::areaCount() const
{
    return int(chart()->series().size());
}

void DailyCostChart::plot(const CostSeries &series)
{
    setRenderHint(QPainter::Antialiasing, series.steps.size() <= kSmoothedSteps);
    QChart *drawn = themedChart();
    drawn->setTitle(tr("Daily cost (%1)").arg(series.currency));
    auto *dates = new QDateTimeAxis;
    dates->setFormat(series.steps.size() > 190 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    auto *money = new QValueAxis;
    money->setLabelFormat(QStringLiteral("%.0f"));
    drawn->addAxis(dates, Qt::AlignBottom);
    drawn->addAxis(money, Qt::AlignLeft);
    QLineSeries *below = nullptr;
    double highest = 0;
    for (const CostSeries::Line &line : series.lines) {
        auto *top = new QLineSeries;
        QList<QPointF> points;
        points.reserve(series.steps.size());
        for (qsizetype step = 0; step < series.steps.size(); ++step) {
            const double value = double(line.stacked.at(step)) / 1e9;
            highest = std::max(highest, value);
            points.append({double(series.steps.at(step).toMSecsSinceEpoch()), value});
        }
        top->replace(points);
        auto *area = new QAreaSeries(top, below);
        area->setName(line.label);
        drawn->addSeries(area);
        area->attachAxis(dates);
        area->attachAxis(money);
        below = top;
    }
    if (!series.steps.isEmpty())
        dates->setRange(series.steps.first(), series.steps.last());
    money->setRange(0, highest > 0 ? highest * 1.05 : 1);
    QChart *old = chart();
    setChart(drawn);
    delete old;
}

TopSpendersChart::TopSpendersChart(QWidget *parent)
    : QChartView(themedChart(), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

void TopSpendersChart::plot(const CostSeries &series)
{
    QChart *drawn = themedChart();
    drawn->setTitle(tr("Top spenders (%1)").arg(series.currency));
    drawn->legend()->hide();
    m_keys.clear();
    m_labels.clear();
    auto *set = new QBarSet(tr("Cost"));
    // Bottom to top on a horizontal axis: the costliest last, so it stands first.
    for (qsizetype index = series.lines.size() - 1; index >= 0; --index) {
        const CostSeries::Line &line = series.lines.at(index);
        if (line.key == CostSeries::kOtherKey)
            continue;
        *set << double(line.totalNanos) / 1e9;
        m_labels.append(line.label);
        m_keys.prepend(line.key);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    drawn->addSeries(bars);
    auto *names = new QBarCategoryAxis;
    names->append(m_labels);
    auto *money = new QValueAxis;
    money->setLabelFormat(QStringLiteral("%.0f"));
    money->setTickCount(5);
    drawn->addAxis(names, Qt::AlignLeft);
    drawn->addAxis(money, Qt::AlignBottom);
    bars->attachAxis(names);
    bars->attachAxis(money);
    std::reverse(m_labels.begin(), m_labels.end()); // top first, as keys
    connect(bars, &QHorizontalBarSeries::clicked, this,
            [this](int index, QBarSet *) { click(int(m_keys.size()) - 1 - index); });
    QChart *old = chart();
    setChart(drawn);
    delete old;
}

void TopSpendersChart::click(int bar)
{
    if (bar >= 0 && bar < m_keys.size())
        Q_EMIT groupChosen(m_keys.at(bar), m_labels.at(bar));
}

} // namespace adp::app
