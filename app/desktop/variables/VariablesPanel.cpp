#include "VariablesPanel.h"

#include "VariableDialog.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::ProjectVariable;

VariablesPanel::VariablesPanel(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QWidget(parent)
    , m_api(api, project)
    , m_confirm([](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Delete variable"), question) == QMessageBox::Yes;
    })
    , m_openEditor([this](QWidget *owner, std::optional<ProjectVariable> existing) {
        auto *dialog = new VariableDialog(m_api, std::move(existing), owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &VariableDialog::saved, this, &VariablesPanel::reload);
        dialog->open();
    })
{
    m_banner = new ErrorBanner(this);
    m_table = makeRowTable(this, {tr("Key"), tr("Environments"), tr("Value"), tr("Type"), tr("Protected")});
    m_table->setObjectName(QStringLiteral("variables"));
    m_table->setAccessibleName(tr("Variables"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(tr("Add variable…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_emptyState = new EmptyState(m_table, tr("No variables yet"),
                                  tr("Variables reach every job of the project's pipelines; masked ones never show in "
                                     "logs. Scope one to an environment to give it a value there only."),
                                  this);
    connect(m_emptyState->setAction(tr("Add variable…")), &QPushButton::clicked, m_add, &QPushButton::click);
    layout->addWidget(m_emptyState, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this]() { m_openEditor(this, std::nullopt); });
    connect(m_edit, &QPushButton::clicked, this, [this]() {
        if (const auto variable = selected())
            m_openEditor(this, variable);
    });
    connect(m_delete, &QPushButton::clicked, this, &VariablesPanel::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VariablesPanel::updateActions);
    updateActions();
    reload();
}

void VariablesPanel::reload()
{
    m_api.list(this, [this](const shared::ApiResult<QList<ProjectVariable>> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the variables"), result.error()));
            return;
        }
        m_variables = result.value();
        const QSignalBlocker blocker(m_table);
        QList<QStringList> rows;
        for (const ProjectVariable &variable : std::as_const(m_variables))
            rows.append({variable.key, variable.environmentScope,
                         variable.masked ? tr("[masked]") : variable.value.section(u'\n', 0, 0),
                         variable.isFile() ? tr("File") : tr("Variable"),
                         variable.protectedOnly ? tr("Yes") : tr("No")});
        fillRows(m_table, rows);
        m_emptyState->setEmpty(rows.isEmpty());
        m_table->clearSelection();
        updateActions();
        Q_EMIT loaded();
    });
}

std::optional<ProjectVariable> VariablesPanel::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_variables.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_variables.at(row);
}

void VariablesPanel::updateActions()
{
    const bool chosen = selected().has_value();
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

void VariablesPanel::deleteSelected()
{
    const auto variable = selected();
    if (!variable ||
        !m_confirm(this, tr("Delete %1 for %2? Jobs no longer get it.").arg(variable->key, variable->environmentScope)))
        return;
    m_api.remove(variable->key, variable->environmentScope, this,
                 [this](const shared::ApiResult<shared::Done> &result) {
                     if (!result.ok()) {
                         m_banner->showMessage(ApiErrorText::forAction(tr("Deleting the variable"), result.error()));
                         return;
                     }
                     m_banner->hide();
                     reload();
                 });
}

} // namespace adp::app
