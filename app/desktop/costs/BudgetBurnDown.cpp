#include "BudgetBurnDown.h"

#include "CostCharts.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace adp::app {

namespace {
double msOf(const QDate &date)
{
    return double(QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

BudgetBurnDown::BudgetBurnDown(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

QStringList BudgetBurnDown::seriesNames() const
{
    QStringList names;
    for (const QAbstractSeries *series : chart()->series())
        names.append(series->name());
    return names;
}

void BudgetBurnDown::plot(const shared::costs::CostBudget &budget, const shared::costs::CostBreakdown &daily,
                          const std::optional<Heading> &heading)
{
    QChart *drawn = themedChart();
    drawn->setTitle(tr("%1: spent against %2 %3")
                        .arg(budget.name, QString::number(double(budget.amountNanos) / 1e9, 'f', 2), budget.currency));
    auto *dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("d MMM"));
    auto *money = new QValueAxis;
    money->setLabelFormat(QStringLiteral("%.0f"));
    drawn->addAxis(dates, Qt::AlignBottom);
    drawn->addAxis(money, Qt::AlignLeft);
    const QDate start = budget.status ? budget.status->periodStart : daily.from.date();
    const QDate end = budget.status ? budget.status->periodEnd : daily.to.date();
    const auto attach = [&](QAbstractSeries *series) {
        drawn->addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(money);
    };

    auto *spent = new QLineSeries;
    spent->setName(tr("Spent"));
    m_spent = 0;
    spent->append(msOf(start), 0);
    for (qsizetype step = 0; step < daily.steps.size(); ++step) {
        for (const shared::costs::CostGroup &group : daily.groups)
            m_spent += group.series.value(step);
        spent->append(msOf(daily.steps.at(step).date().addDays(1)), double(m_spent) / 1e9);
    }
    attach(spent);
    const double lastX = spent->count() ? spent->at(spent->count() - 1).x() : msOf(start);
    double highest = double(std::max(budget.amountNanos, m_spent)) / 1e9;

    if (heading) {
        if (heading->band) {
            auto *low = new QLineSeries;
            auto *high = new QLineSeries;
            low->append(lastX, double(m_spent) / 1e9);
            low->append(msOf(end), double(heading->band->first) / 1e9);
            high->append(lastX, double(m_spent) / 1e9);
            high->append(msOf(end), double(heading->band->second) / 1e9);
            auto *band = new QAreaSeries(high, low);
            band->setName(tr("Forecast band (95%)"));
            QColor fill = band->color();
            fill.setAlpha(60);
            band->setColor(fill);
            band->setBorderColor(Qt::transparent);
            attach(band);
            highest = std::max(highest, double(heading->band->second) / 1e9);
        }
        auto *forecast = new QLineSeries;
        forecast->setName(tr("Forecast"));
        forecast->append(lastX, double(m_spent) / 1e9);
        forecast->append(msOf(end), double(heading->forecastNanos) / 1e9);
        QPen dashed = forecast->pen();
        dashed.setStyle(Qt::DashLine);
        forecast->setPen(dashed);
        attach(forecast);
        highest = std::max(highest, double(heading->forecastNanos) / 1e9);
    }
    auto *line = new QLineSeries;
    line->setName(tr("Budget"));
    line->append(msOf(start), double(budget.amountNanos) / 1e9);
    line->append(msOf(end), double(budget.amountNanos) / 1e9);
    attach(line);

    dates->setRange(QDateTime(start, QTime(0, 0), Qt::UTC), QDateTime(end, QTime(0, 0), Qt::UTC));
    money->setRange(0, highest * 1.1);
    QChart *old = chart();
    setChart(drawn);
    delete old;
}

} // namespace adp::app
