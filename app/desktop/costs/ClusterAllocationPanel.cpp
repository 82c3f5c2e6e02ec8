#include "ClusterAllocationPanel.h"

#include "CostSeries.h"
#include "widgets/ApiErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::costs::Allocation;
using shared::costs::AllocationSet;

namespace {
enum Column { Name, CpuCores, CpuEfficiency, MemoryGib, MemoryEfficiency, Shared, Total, Columns };
}

ClusterAllocationPanel::ClusterAllocationPanel(shared::ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_costs(api)
    , m_window(new QComboBox(this))
    , m_aggregate(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_sharedNamespaces(new QLineEdit(this))
    , m_shareSplit(new QComboBox(this))
    , m_shareIdle(new QCheckBox(tr("Share idle capacity"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_notes(new QLabel(this))
{
    const std::pair<QString, QString> windows[] = {
        {tr("Last 7 days"), QStringLiteral("7d")},      {tr("Today"), QStringLiteral("today")},
        {tr("Yesterday"), QStringLiteral("yesterday")}, {tr("This week"), QStringLiteral("week")},
        {tr("This month"), QStringLiteral("month")},    {tr("Last month"), QStringLiteral("lastmonth")},
        {tr("Last 30 days"), QStringLiteral("30d")}};
    for (const auto &[text, value] : windows)
        m_window->addItem(text, value);
    const std::pair<QString, QString> groupings[] = {{tr("Namespace"), QStringLiteral("namespace")},
                                                     {tr("Controller"), QStringLiteral("controller")},
                                                     {tr("Controller kind"), QStringLiteral("controllerKind")},
                                                     {tr("Cluster"), QStringLiteral("cluster")},
                                                     {tr("Label"), QStringLiteral("label")}};
    for (const auto &[text, value] : groupings)
        m_aggregate->addItem(text, value);
    m_shareSplit->addItem(tr("By cost"), QStringLiteral("weighted"));
    m_shareSplit->addItem(tr("Evenly"), QStringLiteral("even"));
    m_window->setAccessibleName(tr("Window"));
    m_aggregate->setAccessibleName(tr("Group by"));
    m_label->setAccessibleName(tr("Label key"));
    m_label->setPlaceholderText(tr("label key, e.g. team"));
    m_label->setEnabled(false);
    m_sharedNamespaces->setAccessibleName(tr("Shared namespaces"));
    m_sharedNamespaces->setPlaceholderText(tr("e.g. kube-system,monitoring"));
    m_sharedNamespaces->setToolTip(tr("Namespaces whose cost is split among the other rows"));
    m_shareSplit->setAccessibleName(tr("Split shared cost"));
    m_shareIdle->setToolTip(tr("Spread what the nodes offered and no workload took over the rows, by their CPU "
                               "and memory cost"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Window"), this), 0, 0);
    controls->addWidget(m_window, 0, 1);
    controls->addWidget(new QLabel(tr("Group by"), this), 0, 2);
    controls->addWidget(m_aggregate, 0, 3);
    controls->addWidget(m_label, 0, 4);
    controls->addWidget(refresh, 0, 5);
    controls->addWidget(new QLabel(tr("Shared namespaces"), this), 1, 0);
    controls->addWidget(m_sharedNamespaces, 1, 1);
    controls->addWidget(new QLabel(tr("Split"), this), 1, 2);
    controls->addWidget(m_shareSplit, 1, 3);
    controls->addWidget(m_shareIdle, 1, 4);
    controls->setColumnStretch(1, 1);
    controls->setColumnStretch(4, 1);

    m_summary->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_table->setAccessibleName(tr("Cluster cost allocation"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("CPU cores"), tr("CPU used"), tr("Memory (GiB)"), tr("Memory used"), tr("Shared"), tr("Cost")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeaderItem(CpuCores)->setToolTip(tr("Cores taken on average: max(request, usage)"));
    m_table->horizontalHeaderItem(CpuEfficiency)->setToolTip(tr("Usage over request"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);

    connect(refresh, &QPushButton::clicked, this, &ClusterAllocationPanel::load);
    connect(m_window, &QComboBox::activated, this, &ClusterAllocationPanel::load);
    connect(m_shareSplit, &QComboBox::activated, this, &ClusterAllocationPanel::load);
    connect(m_shareIdle, &QCheckBox::toggled, this, &ClusterAllocationPanel::load);
    connect(m_sharedNamespaces, &QLineEdit::editingFinished, this, &ClusterAllocationPanel::load);
    connect(m_label, &QLineEdit::editingFinished, this, &ClusterAllocationPanel::load);
    connect(m_aggregate, &QComboBox::activated, this, [this]() {
        const bool byLabel = m_aggregate->currentData().toString() == u"label";
        m_label->setEnabled(byLabel);
        if (!byLabel || !m_label->text().trimmed().isEmpty())
            load();
        else
            m_label->setFocus();
    });
}

QString ClusterAllocationPanel::summaryText() const
{
    return m_summary->text();
}

QString ClusterAllocationPanel::notesText() const
{
    return m_notes->text();
}

void ClusterAllocationPanel::setOrganisation(const QString &organisation)
{
    m_organisation = organisation;
    load();
}

QUrlQuery ClusterAllocationPanel::query() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("window"), m_window->currentData().toString());
    const QString by = m_aggregate->currentData().toString();
    query.addQueryItem(QStringLiteral("aggregate"),
                       by == u"label" ? QStringLiteral("label:") + m_label->text().trimmed() : by);
    const QString shared = m_sharedNamespaces->text().remove(u' ');
    if (!shared.isEmpty())
        query.addQueryItem(QStringLiteral("shareNamespaces"), shared);
    query.addQueryItem(QStringLiteral("shareSplit"), m_shareSplit->currentData().toString());
    query.addQueryItem(QStringLiteral("shareIdle"),
                       m_shareIdle->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}

void ClusterAllocationPanel::load()
{
    if (m_organisation.isEmpty())
        return;
    m_summary->setText(tr("Adding up the clusters…"));
    m_costs.allocation(m_organisation, query(), this, [this](const shared::ApiResult<AllocationSet> &result) {
        if (!result.ok()) {
            // A refused parameter is named, with the server's words on what it takes.
            const auto &refused = result.error().fieldErrors;
            m_summary->setText(
                refused.isEmpty() ? ApiErrorText::forAction(tr("Reading the clusters' costs"), result.error())
                                  : tr("Reading the clusters' costs failed: %1").arg(shared::fieldErrorsText(refused)));
            m_table->setRowCount(0);
            m_notes->clear();
            return;
        }
        display(result.value());
    });
}

void ClusterAllocationPanel::display(const AllocationSet &set)
{
    m_summary->setText(tr("From %1 to %2: %3 across %n row(s).", nullptr, int(set.allocations.size()))
                           .arg(QLocale().toString(set.query.from, QLocale::ShortFormat),
                                QLocale().toString(set.query.to.addDays(-1), QLocale::ShortFormat),
                                CostSeries::money(set.totalNanos, set.currency)));
    const QLocale locale;
    const auto percent = [&](double ratio) -> QString { return locale.toString(ratio * 100.0, 'f', 0) + u'%'; };
    m_table->setRowCount(int(set.allocations.size()));
    for (int row = 0; row < set.allocations.size(); ++row) {
        const Allocation &allocation = set.allocations.at(row);
        const double hours = double(allocation.observedMs) / 3.6e6;
        const double cores = hours > 0 ? double(allocation.cpuAllocatedMcoreMs) / 1000.0 / 3.6e6 / hours : 0;
        const double gib = hours > 0 ? double(allocation.memoryAllocatedMibMs) / 1024.0 / 3.6e6 / hours : 0;
        const QString name = allocation.isIdle()                                          ? tr("Idle capacity")
                             : allocation.name == QLatin1String(Allocation::kUnallocated) ? tr("(none)")
                                                                                          : allocation.name;
        const QStringList cells{name,
                                locale.toString(cores, 'f', 2),
                                allocation.isIdle() ? QString() : percent(allocation.cpuEfficiency()),
                                locale.toString(gib, 'f', 2),
                                allocation.isIdle() ? QString() : percent(allocation.memoryEfficiency()),
                                CostSeries::money(allocation.sharedNanos, set.currency),
                                CostSeries::money(allocation.totalNanos(), set.currency)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column != Name)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
    }
    m_notes->setText(set.notes.join(u'\n'));
    Q_EMIT loaded();
}

} // namespace adp::app
