#include "CostsView.h"

#include "BudgetBurnDown.h"
#include "BudgetDialog.h"
#include "ClusterAllocationPanel.h"
#include "CostCharts.h"
#include "CostLinesDialog.h"
#include "SavingsPanel.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::costs::CostBreakdown;
using shared::costs::CostQuery;

CostsView::CostsView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_costs(api)
    , m_organisationsApi(api)
    , m_organisations(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_by(new QComboBox)
    , m_total(new QLabel)
    , m_drill(new QLabel)
    , m_back(new QPushButton(tr("Back")))
    , m_daily(new DailyCostChart)
    , m_top(new TopSpendersChart)
    , m_table(new QTableWidget(0, 3))
    , m_banner(new ErrorBanner)
    , m_tabs(new QTabWidget)
    , m_budgets(new QComboBox)
    , m_budgetText(new QLabel)
    , m_burn(new BudgetBurnDown)
    , m_savings(new SavingsPanel(api, events))
    , m_clusters(new ClusterAllocationPanel(api))
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    const QDate today = QDate::currentDate();
    setPeriod(today.addDays(-89), today.addDays(1));
    const QList<std::pair<QString, QString>> groupings{
        {tr("Project"), QStringLiteral("project")},   {tr("Environment"), QStringLiteral("environment")},
        {tr("Team"), QStringLiteral("team")},         {tr("Service"), QStringLiteral("service")},
        {tr("Executor"), QStringLiteral("executor")}, {tr("Provider"), QStringLiteral("provider")}};
    for (const auto &[title, dimension] : groupings)
        m_by->addItem(title, dimension);
    m_organisations->setAccessibleName(tr("Organisation"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Day after the last"));
    m_by->setAccessibleName(tr("Group by"));
    m_table->setAccessibleName(tr("Cost by group"));
    m_daily->setAccessibleName(tr("Daily cost chart"));
    m_top->setAccessibleName(tr("Top spenders chart"));
    auto *refresh = new QPushButton(tr("Refresh"));
    auto *exportCsv = new QPushButton(tr("Export CSV…"));
    auto *saveChart = new QPushButton(tr("Save chart…"));
    auto *lines = new QPushButton(tr("Lines…"));
    lines->setToolTip(tr("What these costs are made of: bill lines, job runs, cluster workloads, storage"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Organisation")));
    controls->addWidget(m_organisations, 1);
    controls->addWidget(new QLabel(tr("From")));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("To (excluded)")));
    controls->addWidget(m_to);
    controls->addWidget(new QLabel(tr("By")));
    controls->addWidget(m_by);
    controls->addWidget(refresh);
    controls->addWidget(exportCsv);
    controls->addWidget(saveChart);
    auto *drillRow = new QHBoxLayout;
    drillRow->addWidget(m_total, 1);
    drillRow->addWidget(m_drill);
    drillRow->addWidget(m_back);
    drillRow->addWidget(lines);
    m_back->setVisible(false);

    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Cost"), tr("Share")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_top);
    lower->addWidget(m_table);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({700, 460});
    auto *charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_daily);
    charts->addWidget(lower);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(controls);
    layout->addLayout(drillRow);
    m_tabs->addTab(charts, tr("Spending"));
    m_tabs->addTab(makeBudgetsTab(), tr("Budgets"));
    m_tabs->addTab(m_savings, tr("Savings"));
    m_tabs->addTab(m_clusters, tr("Clusters"));
    layout->addWidget(m_tabs, 1);

    connect(refresh, &QPushButton::clicked, this, &CostsView::load);
    connect(exportCsv, &QPushButton::clicked, this, &CostsView::chooseExportFile);
    connect(saveChart, &QPushButton::clicked, this, &CostsView::chooseChartFile);
    connect(lines, &QPushButton::clicked, this, [this]() { openLines(); });
    connect(m_organisations, &QComboBox::activated, this, [this]() {
        m_drills.clear();
        load();
        loadBudgets();
        m_savings->setOrganisation(m_organisations->currentData().toString());
        m_clusters->setOrganisation(m_organisations->currentData().toString());
    });
    connect(m_by, &QComboBox::activated, this, &CostsView::load);
    connect(m_back, &QPushButton::clicked, this, &CostsView::drillOut);
    connect(m_top, &TopSpendersChart::groupChosen, this, &CostsView::drillInto);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        // Looking inside a group already: a row opens its lines; else it is looked inside.
        if (!m_drills.isEmpty() && row < m_shown.lines.size() && m_shown.lines.at(row).key != CostSeries::kOtherKey) {
            openLinesOf(m_shown.lines.at(row).key, m_shown.lines.at(row).label);
            return;
        }
        if (row < m_shown.lines.size() && m_shown.lines.at(row).key != CostSeries::kOtherKey)
            drillInto(m_shown.lines.at(row).key, m_shown.lines.at(row).label);
    });
}

void CostsView::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void CostsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_asked)
        reload();
}

void CostsView::reload()
{
    m_asked = true;
    m_organisationsApi.list(this, [this](const shared::ApiResult<QList<shared::Organisation>> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the organisations"), result.error()));
            return;
        }
        const QString chosen = m_organisations->currentData().toString();
        m_organisations->clear();
        for (const shared::Organisation &organisation : result.value())
            m_organisations->addItem(organisation.name, organisation.slug);
        const int again = m_organisations->findData(chosen);
        m_organisations->setCurrentIndex(again >= 0 ? again : 0);
        load();
        loadBudgets();
        m_savings->setOrganisation(m_organisations->currentData().toString());
        m_clusters->setOrganisation(m_organisations->currentData().toString());
    });
}

CostQuery CostsView::query() const
{
    CostQuery query;
    query.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    query.to = QDateTime(m_to->date(), QTime(0, 0), Qt::UTC);
    query.by = m_by->currentData().toString();
    query.interval = QStringLiteral("day");
    for (const Drill &drill : m_drills)
        query.filters.append({drill.by, drill.key});
    return query;
}

void CostsView::load()
{
    const QString organisation = m_organisations->currentData().toString();
    if (organisation.isEmpty())
        return;
    if (m_to->date() <= m_from->date()) {
        m_banner->showMessage(tr("The period ends before it begins."));
        return;
    }
    m_costs.breakdown(organisation, query(), this, [this](const shared::ApiResult<CostBreakdown> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the costs"), result.error()));
            return;
        }
        m_banner->hide();
        display(result.value());
    });
}

void CostsView::display(const CostBreakdown &breakdown)
{
    m_shown = CostSeries::of(breakdown);
    m_daily->plot(m_shown);
    m_top->plot(m_shown);
    m_table->setRowCount(int(m_shown.lines.size()));
    for (int row = 0; row < m_shown.lines.size(); ++row) {
        const CostSeries::Line &line = m_shown.lines.at(row);
        const double share = m_shown.totalNanos ? 100.0 * double(line.totalNanos) / double(m_shown.totalNanos) : 0;
        auto *cost = new QTableWidgetItem(CostSeries::money(line.totalNanos, m_shown.currency));
        cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *part = new QTableWidgetItem(QLocale().toString(share, 'f', 1) + u'%');
        part->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, new QTableWidgetItem(line.label));
        m_table->setItem(row, 1, cost);
        m_table->setItem(row, 2, part);
    }
    m_total->setText(m_shown.currency.isEmpty()
                         ? tr("No costs yet: import a bill or set prices for what ADP measures.")
                         : tr("Total %1 from %2 to %3")
                               .arg(CostSeries::money(m_shown.totalNanos, m_shown.currency),
                                    QLocale().toString(m_from->date(), QLocale::ShortFormat),
                                    QLocale().toString(m_to->date().addDays(-1), QLocale::ShortFormat)));
    m_drill->setText(drillText());
    m_back->setVisible(!m_drills.isEmpty());
    Q_EMIT loaded();
}

QString CostsView::totalText() const
{
    return m_total->text();
}

QString CostsView::drillText() const
{
    QStringList path;
    for (const Drill &drill : m_drills)
        path.append(QStringLiteral("%1: %2").arg(drill.by, CostSeries::nameOf(drill.key, drill.label)));
    return path.isEmpty() ? QString() : tr("Inside %1").arg(path.join(QStringLiteral(" › ")));
}

void CostsView::drillInto(const QString &key, const QString &label)
{
    const QString by = m_by->currentData().toString();
    m_drills.append({by, key, label});
    // Inside a service, who spends it; inside anything else, on what.
    const int next = m_by->findData(by == u"service" ? QStringLiteral("project") : QStringLiteral("service"));
    m_by->setCurrentIndex(next);
    load();
}

CostLinesDialog *CostsView::openLines()
{
    return openLinesFor(std::nullopt);
}

CostLinesDialog *CostsView::openLinesOf(const QString &key, const QString &label)
{
    return openLinesFor(std::pair{key, label});
}

CostLinesDialog *CostsView::openLinesFor(const std::optional<std::pair<QString, QString>> &group)
{
    CostQuery narrowed = query();
    QStringList names;
    for (const Drill &drill : std::as_const(m_drills))
        names.append(CostSeries::nameOf(drill.key, drill.label));
    if (group) {
        narrowed.filters.append({narrowed.by, group->first});
        names.append(CostSeries::nameOf(group->first, group->second));
    }
    const QString title = names.isEmpty() ? m_organisations->currentText() : names.join(QStringLiteral(" › "));
    auto *dialog = new CostLinesDialog(m_api, m_organisations->currentData().toString(), narrowed, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CostsView::drillOut()
{
    if (m_drills.isEmpty())
        return;
    const Drill last = m_drills.takeLast();
    m_by->setCurrentIndex(m_by->findData(last.by));
    load();
}

QWidget *CostsView::makeBudgetsTab()
{
    auto *tab = new QWidget;
    m_budgets->setAccessibleName(tr("Budget"));
    m_burn->setAccessibleName(tr("Budget burn-up chart"));
    m_budgetText->setWordWrap(true);
    m_budgetText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Budget")));
    row->addWidget(m_budgets, 1);
    auto *add = new QPushButton(tr("New…"));
    m_changeBudget = new QPushButton(tr("Change…"));
    m_deleteBudget = new QPushButton(tr("Delete"));
    add->setToolTip(tr("Administrators add budgets"));
    for (QPushButton *button : {add, m_changeBudget, m_deleteBudget})
        row->addWidget(button);
    connect(add, &QPushButton::clicked, this, [this]() { openBudgetEditor(false); });
    connect(m_changeBudget, &QPushButton::clicked, this, [this]() { openBudgetEditor(true); });
    connect(m_deleteBudget, &QPushButton::clicked, this, [this]() {
        const int index = m_budgets->currentIndex();
        if (index < 0 || index >= m_budgetList.size())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete the budget"),
            tr("Delete %1? Its alerts are forgotten; the costs stay.").arg(m_budgetList.at(index).name));
        if (answer == QMessageBox::Yes)
            deleteShownBudget();
    });
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(m_budgetText);
    layout->addWidget(m_burn, 1);
    connect(m_budgets, &QComboBox::activated, this, &CostsView::showBudget);
    return tab;
}

BudgetDialog *CostsView::openBudgetEditor(bool changeShown)
{
    const int index = m_budgets->currentIndex();
    std::optional<shared::costs::CostBudget> current;
    if (changeShown && index >= 0 && index < m_budgetList.size())
        current = m_budgetList.at(index);
    auto *dialog = new BudgetDialog(m_api, m_organisations->currentData().toString(), current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BudgetDialog::saved, this,
            [this](const shared::costs::CostBudget &budget) { loadBudgets(budget.id); });
    dialog->open();
    return dialog;
}

void CostsView::deleteShownBudget()
{
    const int index = m_budgets->currentIndex();
    if (index < 0 || index >= m_budgetList.size())
        return;
    m_costs.removeBudget(m_organisations->currentData().toString(), m_budgetList.at(index).id, this,
                         [this](const shared::ApiResult<shared::Done> &result) {
                             if (!result.ok()) {
                                 m_banner->showMessage(
                                     ApiErrorText::forAction(tr("Deleting the budget"), result.error()));
                                 return;
                             }
                             Q_EMIT budgetDeleted();
                             loadBudgets();
                         });
}

void CostsView::loadBudgets(qint64 select)
{
    const QString organisation = m_organisations->currentData().toString();
    m_costs.budgets(organisation, this,
                    [this, select](const shared::ApiResult<QList<shared::costs::CostBudget>> &result) {
                        if (!result.ok()) {
                            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the budgets"), result.error()));
                            return;
                        }
                        m_budgetList = result.value();
                        m_budgets->clear();
                        for (const shared::costs::CostBudget &budget : m_budgetList)
                            m_budgets->addItem(budget.name);
                        m_changeBudget->setEnabled(!m_budgetList.isEmpty());
                        m_deleteBudget->setEnabled(!m_budgetList.isEmpty());
                        int shown = 0;
                        for (int i = 0; i < m_budgetList.size(); ++i)
                            shown = m_budgetList.at(i).id == select ? i : shown;
                        if (m_budgetList.isEmpty()) {
                            m_budgetText->setText(tr("No budgets yet: an administrator adds them with New…"));
                        } else {
                            showBudget(shown);
                        }
                        Q_EMIT budgetsLoaded();
                    });
}

QString CostsView::budgetText() const
{
    return m_budgetText->text();
}

void CostsView::showBudget(int index)
{
    if (index < 0 || index >= m_budgetList.size())
        return;
    m_budgets->setCurrentIndex(index);
    const shared::costs::CostBudget budget = m_budgetList.at(index);
    if (!budget.status || !budget.status->periodStart.isValid()) {
        m_budgetText->setText(tr("%1 has not begun: its period starts on %2.")
                                  .arg(budget.name, QLocale().toString(budget.start, QLocale::ShortFormat)));
        Q_EMIT budgetShown();
        return;
    }
    const QDate tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1);
    CostQuery daily = budgetQuery(budget, std::min(tomorrow, budget.status->periodEnd));
    daily.by = QStringLiteral("category");
    m_costs.breakdown(m_organisations->currentData().toString(), daily, this,
                      [this, budget](const shared::ApiResult<CostBreakdown> &result) {
                          if (!result.ok()) {
                              m_banner->showMessage(ApiErrorText::forAction(tr("Loading the budget"), result.error()));
                              return;
                          }
                          plotBudget(budget, result.value());
                      });
}

CostQuery CostsView::budgetQuery(const shared::costs::CostBudget &budget, const QDate &to)
{
    CostQuery query;
    query.from = QDateTime(budget.status->periodStart, QTime(0, 0), Qt::UTC);
    query.to = QDateTime(to, QTime(0, 0), Qt::UTC);
    query.currency = budget.currency;
    if (budget.scope != u"organisation")
        query.filters.append({budget.scope, budget.target});
    return query;
}

void CostsView::plotBudget(const shared::costs::CostBudget &budget, const CostBreakdown &daily)
{
    const shared::costs::BudgetStatus &status = *budget.status;
    const auto percent = [&budget](qint64 nanos) {
        return QLocale().toString(budget.amountNanos ? 100.0 * double(nanos) / double(budget.amountNanos) : 0, 'f', 0);
    };
    QString text = tr("Spent %1 of %2 (%3%)")
                       .arg(CostSeries::money(status.spentNanos, budget.currency),
                            CostSeries::money(budget.amountNanos, budget.currency), percent(status.spentNanos));
    if (status.forecastNanos)
        text +=
            u' ' + tr("· forecast %1 (%2%) by %3")
                       .arg(CostSeries::money(*status.forecastNanos, budget.currency), percent(*status.forecastNanos),
                            QLocale().toString(status.periodEnd.addDays(-1), QLocale::ShortFormat));
    for (const shared::costs::BudgetAlert &alert : status.alerts)
        text += u'\n' + (alert.basis == u"forecast" ? tr("%1% forecast on %2") : tr("%1% reached on %2"))
                            .arg(alert.threshold)
                            .arg(QLocale().toString(alert.firedAt.toLocalTime(), QLocale::ShortFormat));
    m_budgetText->setText(text);
    const bool monthly = budget.period == u"monthly";
    if (!status.forecastNanos) {
        m_burn->plot(budget, daily, std::nullopt);
        Q_EMIT budgetShown();
        return;
    }
    if (!monthly) {
        m_burn->plot(budget, daily, BudgetBurnDown::Heading{*status.forecastNanos, std::nullopt});
        Q_EMIT budgetShown();
        return;
    }
    // A month's forecast comes with its band.
    m_costs.forecast(
        m_organisations->currentData().toString(), budgetQuery(budget, status.periodEnd), this,
        [this, budget, daily](const shared::ApiResult<shared::costs::CostForecast> &result) {
            BudgetBurnDown::Heading heading{*budget.status->forecastNanos, std::nullopt};
            if (result.ok())
                heading = {result.value().forecastNanos, std::pair{result.value().lowNanos, result.value().highNanos}};
            m_burn->plot(budget, daily, heading);
            Q_EMIT budgetShown();
        });
}

void CostsView::exportCsvTo(const QString &path)
{
    auto *file = new QFile(path, this);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Q_EMIT exported(false, tr("%1 cannot be written: %2").arg(path, file->errorString()));
        delete file;
        return;
    }
    m_costs.exportTo(m_organisations->currentData().toString(), query(), QStringLiteral("csv"), file, this,
                     [this, file, path](const shared::ApiResult<qint64> &result) {
                         file->close();
                         file->deleteLater();
                         if (!result.ok()) {
                             QFile::remove(path);
                             const QString why = ApiErrorText::forAction(tr("Exporting the costs"), result.error());
                             m_banner->showMessage(why);
                             Q_EMIT exported(false, why);
                             return;
                         }
                         Q_EMIT exported(true, tr("Exported %1 bytes to %2").arg(result.value()).arg(path));
                     });
}

bool CostsView::saveChartTo(const QString &path) const
{
    return m_daily->grab().save(path, "PNG");
}

void CostsView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the costs"), QStringLiteral("adp-costs-%1.csv").arg(m_from->date().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void CostsView::chooseChartFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart"), QStringLiteral("adp-costs.png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !saveChartTo(path))
        m_banner->showMessage(tr("The chart cannot be saved to %1.").arg(path));
}

} // namespace adp::app
