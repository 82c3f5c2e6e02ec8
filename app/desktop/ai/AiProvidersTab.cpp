#include "AiProvidersTab.h"

#include "AiProviderDialog.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::AiProvider;

AiProvidersTab::AiProvidersTab(shared::ApiClient &api, ErrorBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_client(api)
    , m_api(api)
    , m_banner(banner)
{
    m_table = makeRowTable(
        this, {tr("Name"), tr("Model"), tr("Address"), tr("Key"), tr("Timeout"), tr("Prices per million tokens")});
    m_table->setObjectName(QStringLiteral("aiProvidersTable"));
    m_table->setAccessibleName(tr("Models"));
    m_add = new QPushButton(tr("Add model…"), this);
    m_edit = new QPushButton(tr("Change…"), this);
    m_remove = new QPushButton(tr("Remove model"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_openEditor = [this](QWidget *owner, const std::optional<AiProvider> &existing) {
        AiProviderDialog dialog(m_client, m_organisation, existing, owner);
        return dialog.exec() == QDialog::Accepted;
    };
    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Remove model"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(m_add, &QPushButton::clicked, this, &AiProvidersTab::add);
    connect(m_edit, &QPushButton::clicked, this, &AiProvidersTab::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AiProvidersTab::removeSelected);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this]() {
        if (m_edit->isEnabled())
            editSelected();
    });
    setOrganisation({}, false);
}

void AiProvidersTab::setOrganisation(const QString &organisation, bool manageable)
{
    m_organisation = organisation;
    const QString why = manageable ? QString() : tr("Only the organisation's admins and owners manage its models");
    for (QPushButton *action : {m_add, m_edit, m_remove}) {
        action->setEnabled(manageable);
        action->setToolTip(why);
    }
    m_table->setRowCount(0);
    m_providers.clear();
    ++m_generation;
    if (!organisation.isEmpty())
        reload();
}

void AiProvidersTab::reload()
{
    const int generation = ++m_generation;
    m_api.providers(m_organisation, this, [this, generation](const shared::ApiResult<QList<AiProvider>> &result) {
        if (generation != m_generation)
            return; // another organisation was chosen meanwhile
        m_table->setRowCount(0);
        m_providers.clear();
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the models"), result.error()));
        } else {
            m_providers = result.value();
            for (const AiProvider &provider : m_providers)
                appendRow(m_table,
                          {provider.name, provider.model, provider.baseUrl,
                           provider.keyHint.isEmpty() ? tr("none") : provider.keyHint,
                           tr("%1 s").arg(provider.timeoutSeconds),
                           tr("prompt %1, answer %2 (hundredths of %3)")
                               .arg(provider.promptPricePerMillion)
                               .arg(provider.completionPricePerMillion)
                               .arg(provider.currency)},
                          provider.id);
        }
        Q_EMIT reloaded();
    });
}

std::optional<AiProvider> AiProvidersTab::selected() const
{
    const QVariant id = selectedKey(m_table);
    for (const AiProvider &provider : m_providers) {
        if (id.isValid() && provider.id == id.toLongLong())
            return provider;
    }
    return std::nullopt;
}

void AiProvidersTab::add()
{
    if (m_openEditor(this, std::nullopt))
        reload();
}

void AiProvidersTab::editSelected()
{
    const auto provider = selected();
    if (provider && m_openEditor(this, provider))
        reload();
}

void AiProvidersTab::removeSelected()
{
    const auto provider = selected();
    if (!provider || !m_confirm(this, tr("Remove the model %1? Answers it gave are kept.").arg(provider->name)))
        return;
    m_api.removeProvider(m_organisation, provider->id, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return m_banner->showMessage(ApiErrorText::forAction(tr("Removing the model"), result.error()));
        reload();
    });
}

} // namespace adp::app
