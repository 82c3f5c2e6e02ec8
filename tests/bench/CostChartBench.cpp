// adp-bench-cost-chart: the Costs area's charts with a year of daily costs for 200 projects (a
// breakdown as the server sends it): folding to the costliest ten and the rest, building the
// stacked areas and the top-spender bars, and painting both at 1600x900 — each run timed, the
// median and the slowest printed (the target: < 100 ms from data to painted chart).
//   QT_QPA_PLATFORM=offscreen adp-bench-cost-chart [--projects N] [--days N] [--runs N]
#include "costs/CostCharts.h"
#include "costs/CostSeries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>
#include <algorithm>

using namespace adp;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("projects"), QStringLiteral("How many projects."), QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("days"), QStringLiteral("How many days."), QStringLiteral("n"), QStringLiteral("365")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("How many runs."), QStringLiteral("n"), QStringLiteral("15")});
    parser.process(app);
    const int projects = parser.value(QStringLiteral("projects")).toInt();
    const int days = parser.value(QStringLiteral("days")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    shared::costs::CostBreakdown breakdown;
    breakdown.currency = QStringLiteral("USD");
    for (int day = 0; day < days; ++day)
        breakdown.steps.append(QDateTime(QDate(2026, 1, 1).addDays(day), QTime(0, 0), Qt::UTC));
    for (int project = 0; project < projects; ++project) {
        shared::costs::CostGroup group;
        group.key = QStringLiteral("project-%1").arg(project);
        group.label = QStringLiteral("Project %1").arg(project);
        for (int day = 0; day < days; ++day) {
            const qint64 nanos = qint64(projects - project) * 700'000'000 + (day % 7) * 90'000'000 + project * 1000;
            group.series.append(nanos);
            group.totalNanos += nanos;
        }
        breakdown.totalNanos += group.totalNanos;
        breakdown.groups.append(group);
    }

    app::DailyCostChart daily;
    app::TopSpendersChart top;
    daily.resize(1600, 600);
    top.resize(1600, 300);
    QPixmap canvas(1600, 900);
    QList<double> timings;
    QList<double> parts[3]; // fold, build, paint
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const app::CostSeries series = app::CostSeries::of(breakdown);
        const qint64 folded = timer.nsecsElapsed();
        daily.plot(series);
        top.plot(series);
        const qint64 built = timer.nsecsElapsed();
        daily.QWidget::render(&canvas, QPoint(0, 0));
        top.QWidget::render(&canvas, QPoint(0, 600));
        timings.append(double(timer.nsecsElapsed()) / 1e6);
        parts[0].append(double(folded) / 1e6);
        parts[1].append(double(built - folded) / 1e6);
        parts[2].append(double(timer.nsecsElapsed() - built) / 1e6);
    }
    std::sort(timings.begin(), timings.end());
    for (QList<double> &part : parts)
        std::sort(part.begin(), part.end());
    QTextStream(stdout) << QStringLiteral("%1 projects x %2 days: fold, build and paint both charts at 1600x900: "
                                          "median %3 ms, slowest %4 ms over %5 runs (fastest %6 ms)\n")
                               .arg(projects)
                               .arg(days)
                               .arg(timings.at(timings.size() / 2), 0, 'f', 1)
                               .arg(timings.last(), 0, 'f', 1)
                               .arg(runs)
                               .arg(timings.first(), 0, 'f', 1)
                        << QStringLiteral("  medians: fold %1 ms, build the charts %2 ms, paint them %3 ms\n")
                               .arg(parts[0].at(runs / 2), 0, 'f', 1)
                               .arg(parts[1].at(runs / 2), 0, 'f', 1)
                               .arg(parts[2].at(runs / 2), 0, 'f', 1);
    return 0;
}
