#include "CostLinesDialog.h"

#include "CostSeries.h"
#include "widgets/ApiErrorText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::costs::CostLines;

CostLinesDialog::CostLinesDialog(shared::ApiClient &api, const QString &organisation,
                                 const shared::costs::CostQuery &query, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_costs(api)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
{
    setWindowTitle(tr("What %1 is made of").arg(title));
    resize(900, 520);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the lines…"));
    m_table->setAccessibleName(tr("Cost lines"));
    m_table->setHorizontalHeaderLabels(
        {tr("Cost"), tr("Source"), tr("Day"), tr("What"), tr("Project"), tr("Environment")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    m_costs.lines(organisation, query, CostLines::kDefaultLimit, this,
                  [this](const shared::ApiResult<CostLines> &result) {
                      if (!result.ok()) {
                          m_summary->setText(ApiErrorText::forAction(tr("Reading the lines"), result.error()));
                          return;
                      }
                      display(result.value());
                  });
}

QString CostLinesDialog::summaryText() const
{
    return m_summary->text();
}

QString CostLinesDialog::sourceName(const QString &source)
{
    if (source == u"bill")
        return tr("Bill line");
    if (source == u"job")
        return tr("Job run");
    if (source == u"workload")
        return tr("Cluster workload");
    if (source == u"idle")
        return tr("Idle cluster capacity");
    if (source == u"storage")
        return tr("Storage");
    if (source == u"ai")
        return tr("AI assistants");
    return source;
}

void CostLinesDialog::display(const CostLines &lines)
{
    QString summary =
        tr("%n line(s), %1 in all.", nullptr, lines.found).arg(CostSeries::money(lines.totalNanos, lines.currency));
    if (lines.truncated())
        summary += u' ' + tr("The costliest %1 are shown.").arg(lines.lines.size());
    m_summary->setText(summary);
    m_table->setRowCount(int(lines.lines.size()));
    for (int row = 0; row < lines.lines.size(); ++row) {
        const auto &line = lines.lines.at(row);
        const QStringList cells{CostSeries::money(line.costNanos, lines.currency),
                                sourceName(line.source),
                                line.day.isValid() ? QLocale().toString(line.day, QLocale::ShortFormat) : QString(),
                                line.what,
                                line.project,
                                line.environment};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
    }
    Q_EMIT loaded();
}

} // namespace adp::app
