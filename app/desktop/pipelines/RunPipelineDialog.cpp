#include "RunPipelineDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

RunPipelineDialog::RunPipelineDialog(const QString &defaultRef, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Run pipeline"));
    m_ref = new QLineEdit(defaultRef, this);
    m_ref->setPlaceholderText(tr("Branch, tag or commit"));
    m_variables = new QTableWidget(0, 2, this);
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("Add variable"), this);
    auto *remove = new QPushButton(tr("Remove variable"), this);
    connect(add, &QPushButton::clicked, this, [this]() { addVariable(); });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_variables->currentRow() >= 0)
            m_variables->removeRow(m_variables->currentRow());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *run = buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    run->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ref, &QLineEdit::textChanged, this,
            [run](const QString &text) { run->setEnabled(!text.trimmed().isEmpty()); });
    run->setEnabled(!defaultRef.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("Ref"), m_ref);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_variables);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);
    resize(480, 320);
}

void RunPipelineDialog::addVariable(const QString &key, const QString &value)
{
    const int row = m_variables->rowCount();
    m_variables->insertRow(row);
    m_variables->setItem(row, 0, new QTableWidgetItem(key));
    m_variables->setItem(row, 1, new QTableWidgetItem(value));
    m_variables->setCurrentCell(row, 0);
}

shared::PipelineRunRequest RunPipelineDialog::request() const
{
    shared::PipelineRunRequest request;
    request.ref = m_ref->text().trimmed();
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QString key = m_variables->item(row, 0) ? m_variables->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            request.variables.append({key, m_variables->item(row, 1) ? m_variables->item(row, 1)->text() : QString()});
    }
    return request;
}

} // namespace adp::app
