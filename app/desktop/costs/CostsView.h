#pragma once

#include "CostSeries.h"
#include "shared/client/CostsApi.h"
#include "shared/client/OrganisationsApi.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace adp::shared {
class EventsClient;
}

namespace adp::app {

class BudgetBurnDown;
class BudgetDialog;
class ClusterAllocationPanel;
class CostLinesDialog;
class SavingsPanel;
class DailyCostChart;
class ErrorBanner;
class TopSpendersChart;

// The Costs area: an organisation's bills and ADP's priced usage over a period, grouped by
// project, environment, team, service, executor or provider — daily cost as stacked areas, the
// top spenders as bars (a click looks inside one: its costs by service, or by project), a table
// with each group's share — exported as CSV or the chart as PNG; budgets as burn-ups; ways to spend
// less. Money in the person's locale.
class CostsView : public QWidget
{
    Q_OBJECT

public:
    // `events`: where the model's answers stream from (none: they are read back at their end).
    CostsView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);

    void load();                                        // the costs as the controls say
    void setPeriod(const QDate &from, const QDate &to); // `to` excluded
    QComboBox *organisations() const { return m_organisations; }
    QComboBox *grouping() const { return m_by; }
    DailyCostChart *dailyChart() const { return m_daily; }
    TopSpendersChart *topChart() const { return m_top; }
    QTableWidget *table() const { return m_table; }
    QString totalText() const;
    QString drillText() const;
    // Looking inside a group, and back out.
    void drillInto(const QString &key, const QString &label);
    void drillOut();
    // What the shown costs are made of (or one group of the table's: "" is the unattributed), in a
    // dialog, open (not modal).
    CostLinesDialog *openLines();
    CostLinesDialog *openLinesOf(const QString &key, const QString &label);
    // The Budgets tab: the organisation's budgets, one at a time as a burn-up with its forecast.
    QComboBox *budgets() const { return m_budgets; }
    BudgetBurnDown *burnDown() const { return m_burn; }
    QString budgetText() const;
    void showBudget(int index);
    // The Budgets tab's editor, open (not modal): a new budget, or the shown one to change.
    BudgetDialog *openBudgetEditor(bool changeShown);
    void deleteShownBudget(); // at once (the Delete button asks first)
    // The Savings tab: ways to spend less, and the model's plan for one project.
    SavingsPanel *savings() const { return m_savings; }
    // The Clusters tab: what connected clusters' workloads cost.
    ClusterAllocationPanel *clusters() const { return m_clusters; }
    void exportCsvTo(const QString &path);
    bool saveChartTo(const QString &path) const;

public Q_SLOTS:
    void reload(); // the organisations, then the costs

Q_SIGNALS:
    void loaded();        // the charts and the table show the answer
    void budgetShown();   // the Budgets tab shows the chosen budget
    void budgetsLoaded(); // the list of budgets was read again
    void budgetDeleted();
    void exported(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override; // the first time shown: load

private:
    shared::costs::CostQuery query() const;
    void display(const shared::costs::CostBreakdown &breakdown);
    void chooseExportFile();
    void chooseChartFile();
    QWidget *makeBudgetsTab();
    void loadBudgets(qint64 select = 0); // then shows `select` (an id), else the first
    CostLinesDialog *openLinesFor(const std::optional<std::pair<QString, QString>> &group);
    void plotBudget(const shared::costs::CostBudget &budget, const shared::costs::CostBreakdown &daily);
    // The budget's costs from its period's start to `to`, in its currency, narrowed to its scope.
    static shared::costs::CostQuery budgetQuery(const shared::costs::CostBudget &budget, const QDate &to);
    struct Drill
    {
        QString by; // the grouping looked inside
        QString key;
        QString label;
    };

    shared::ApiClient &m_api;
    shared::CostsApi m_costs;
    shared::OrganisationsApi m_organisationsApi;
    QComboBox *m_organisations;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_by;
    QLabel *m_total;
    QLabel *m_drill;
    QPushButton *m_back;
    DailyCostChart *m_daily;
    TopSpendersChart *m_top;
    QTableWidget *m_table;
    ErrorBanner *m_banner;
    QTabWidget *m_tabs;
    QComboBox *m_budgets;
    QLabel *m_budgetText;
    BudgetBurnDown *m_burn;
    SavingsPanel *m_savings;
    ClusterAllocationPanel *m_clusters;
    QList<shared::costs::CostBudget> m_budgetList;
    QPushButton *m_changeBudget = nullptr;
    QPushButton *m_deleteBudget = nullptr;
    QList<Drill> m_drills;
    CostSeries m_shown;
    bool m_asked = false;
};

} // namespace adp::app
