#include "SavingsPanel.h"

#include "CostSeries.h"
#include "ai/ModelAnswerView.h"
#include "widgets/ApiErrorText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::costs::CostSavings;

SavingsPanel::SavingsPanel(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_costs(api)
    , m_ai(api)
    , m_projects(new QComboBox(this))
    , m_idleDays(new QSpinBox(this))
    , m_staleDays(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_notes(new QLabel(this))
    , m_model(new ModelAnswerView(api, events, this))
{
    m_projects->setAccessibleName(tr("Project"));
    m_projects->addItem(tr("All projects"), QString());
    const shared::costs::SavingsQuery defaults;
    m_idleDays->setRange(1, shared::costs::SavingsQuery::kMaxDays);
    m_idleDays->setValue(defaults.idleDays);
    m_idleDays->setAccessibleName(tr("Idle after days"));
    m_staleDays->setRange(1, shared::costs::SavingsQuery::kMaxDays);
    m_staleDays->setValue(defaults.staleDays);
    m_staleDays->setAccessibleName(tr("Stale after days"));
    m_idleDays->setToolTip(tr("An environment with no deployment for this many days is idle"));
    m_staleDays->setToolTip(tr("Artifacts and caches untouched for this many days are stale"));
    auto *refresh = new QPushButton(tr("Weigh again"), this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Project"), this));
    controls->addWidget(m_projects, 1);
    controls->addWidget(new QLabel(tr("Idle after (days)"), this));
    controls->addWidget(m_idleDays);
    controls->addWidget(new QLabel(tr("Stale after (days)"), this));
    controls->addWidget(m_staleDays);
    controls->addWidget(refresh);

    m_summary->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_table->setAccessibleName(tr("Ways to spend less"));
    m_table->setHorizontalHeaderLabels({tr("Saving a month"), tr("Costs a month"), tr("Basis"), tr("What to do")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_notes);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(list);
    split->addWidget(m_model);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, &SavingsPanel::load);
    connect(m_projects, &QComboBox::activated, this, &SavingsPanel::load);
}

QPushButton *SavingsPanel::askButton() const
{
    return m_model->askButton();
}

QString SavingsPanel::summaryText() const
{
    return m_summary->text();
}

void SavingsPanel::setOrganisation(const QString &organisation)
{
    if (organisation != m_organisation) {
        m_organisation = organisation;
        m_projects->clear();
        m_projects->addItem(tr("All projects"), QString());
    }
    load();
}

void SavingsPanel::load()
{
    if (m_organisation.isEmpty())
        return;
    shared::costs::SavingsQuery query;
    query.project = m_projects->currentData().toString();
    query.idleDays = m_idleDays->value();
    query.staleDays = m_staleDays->value();
    m_summary->setText(tr("Weighing the last 30 days…"));
    m_costs.savings(m_organisation, query, this, [this](const shared::ApiResult<CostSavings> &result) {
        if (!result.ok()) {
            m_summary->setText(ApiErrorText::forAction(tr("Weighing the savings"), result.error()));
            return;
        }
        display(result.value());
    });
}

void SavingsPanel::display(const CostSavings &savings)
{
    // The projects seen so far, to narrow to one (and ask the model about it).
    for (const auto &item : savings.items) {
        if (m_projects->findData(item.project) < 0)
            m_projects->addItem(item.projectName, item.project);
    }
    m_summary->setText(
        tr("From %1 to %2: %n way(s) to spend less, %3 a month in all.", nullptr, int(savings.items.size()))
            .arg(QLocale().toString(savings.from, QLocale::ShortFormat),
                 QLocale().toString(savings.to.addDays(-1), QLocale::ShortFormat),
                 CostSeries::money(savings.totalSavingNanos, savings.currency)));
    m_table->setRowCount(int(savings.items.size()));
    for (int row = 0; row < savings.items.size(); ++row) {
        const auto &item = savings.items.at(row);
        const QStringList cells{CostSeries::money(item.savingNanos, savings.currency),
                                CostSeries::money(item.monthlyCostNanos, savings.currency),
                                item.basis == u"measured" ? tr("measured") : tr("assumed"),
                                shared::costs::SavingsAdvisor::messageOf(item)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column < 2)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeRowsToContents();
    m_notes->setText(savings.notes.join(u'\n'));
    const QString project = m_projects->currentData().toString();
    m_model->reset(project.isEmpty() ? ModelAnswerView::Question()
                                     : ModelAnswerView::Question([this]() { askModel(); }));
    m_model->setAskable(!project.isEmpty());
    m_model->askButton()->setToolTip(project.isEmpty()
                                         ? tr("Choose a project to ask the model how it could spend less")
                                         : tr("Ask the organisation's model how %1 could spend less, from these "
                                              "figures; masked values are taken out of what it is sent")
                                               .arg(m_projects->currentText()));
    Q_EMIT loaded();
}

void SavingsPanel::askModel()
{
    const QString project = m_projects->currentData().toString();
    if (project.isEmpty())
        return;
    m_model->expectAnswer();
    m_ai.spendLess(project, 0, this, [this, project](const shared::ApiResult<shared::SpendingAdvice> &result) {
        if (project != m_projects->currentData().toString())
            return; // another project was chosen meanwhile
        if (!result.ok())
            return m_model->showFailure(ApiErrorText::forAction(tr("Asking the model"), result.error()));
        if (!result.value().answer)
            return m_model->showNoModel();
        m_model->follow(*result.value().answer);
    });
}

} // namespace adp::app
