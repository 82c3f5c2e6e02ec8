#include "ProvidersView.h"

#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

ProvidersView::ProvidersView(shared::ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_auth(api)
{
    m_banner = new ErrorBanner(this);
    auto *intro = new QLabel(tr("People can sign in with these providers. Register ADP with each one as an OAuth "
                                "application whose redirect URI is shown below."),
                             this);
    intro->setWordWrap(true);
    m_table = makeRowTable(this, {tr("Name"), tr("Type"), tr("Issuer"), tr("Redirect URI to register")});
    m_table->setObjectName(QStringLiteral("providersTable"));
    m_table->setAccessibleName(tr("Sign-in providers"));
    auto *add = new QPushButton(tr("Add provider…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    m_emptyState = new EmptyState(m_table, tr("No sign-in providers yet"),
                                  tr("Without one, people sign in with a password. Add GitHub, GitLab or any "
                                     "OpenID Connect provider so they can use the account they already have."),
                                  this);
    connect(m_emptyState->setAction(tr("Add provider…")), &QPushButton::clicked, this, &ProvidersView::openAddDialog);
    layout->addWidget(m_emptyState, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ProvidersView::openAddDialog);
    connect(remove, &QPushButton::clicked, this, [this]() {
        const QString name = selectedKey(m_table).toString();
        if (!name.isEmpty() &&
            QMessageBox::question(this, tr("Remove provider"),
                                  tr("Remove %1? Nobody can sign in with it any more.").arg(name)) == QMessageBox::Yes)
            removeSelected();
    });
    reload();
}

QString ProvidersView::callbackFor(const QString &name) const
{
    QUrl url = m_api.baseUrl();
    url.setPath(QStringLiteral("/api/v1/auth/oauth/%1/callback").arg(name));
    return url.toString();
}

void ProvidersView::reload()
{
    m_auth.providers(this, [this](const shared::ApiResult<QList<shared::SignInProvider>> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::describe(tr("Loading the providers"), result.error()));
        } else {
            m_table->setRowCount(0);
            for (const shared::SignInProvider &provider : result.value())
                appendRow(m_table, {provider.name, provider.type, provider.issuer, callbackFor(provider.name)},
                          provider.name);
            m_emptyState->setEmpty(m_table->rowCount() == 0);
        }
        Q_EMIT reloaded();
    });
}

void ProvidersView::openAddDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add sign-in provider"));
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("e.g. github or corp; part of the redirect URI"));
    auto *type = new QComboBox(&dialog);
    type->addItem(tr("GitHub (OAuth app)"), QStringLiteral("github"));
    type->addItem(tr("GitLab (gitlab.com or self-hosted)"), QStringLiteral("gitlab"));
    type->addItem(tr("OpenID Connect (any issuer)"), QStringLiteral("oidc"));
    auto *issuer = new QLineEdit(&dialog);
    issuer->setPlaceholderText(tr("https://id.example.com (OIDC), or your GitLab's address"));
    auto *clientId = new QLineEdit(&dialog);
    auto *secret = new QLineEdit(&dialog);
    secret->setEchoMode(QLineEdit::Password);
    auto *link = new QCheckBox(tr("A first sign-in may join the local account with the same verified email"), &dialog);
    auto *redirect = new QLabel(&dialog);
    redirect->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(name, &QLineEdit::textChanged, redirect, [this, redirect](const QString &text) {
        redirect->setText(text.isEmpty() ? QString() : callbackFor(text.trimmed()));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Type:"), type);
    form->addRow(tr("Issuer:"), issuer);
    form->addRow(tr("Client ID:"), clientId);
    form->addRow(tr("Client secret:"), secret);
    form->addRow(link);
    form->addRow(tr("Redirect URI:"), redirect);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addProvider({name->text().trimmed(), type->currentData().toString(), clientId->text().trimmed(), secret->text(),
                 issuer->text().trimmed(), link->isChecked()});
}

void ProvidersView::addProvider(const shared::ProviderRequest &request)
{
    m_banner->hide();
    m_auth.addProvider(request, this, [this](const shared::ApiResult<shared::SignInProvider> &result) {
        if (!result.ok())
            return m_banner->showMessage(ApiErrorText::describe(tr("Adding the provider"), result.error()));
        reload();
    });
}

void ProvidersView::removeSelected()
{
    const QString name = selectedKey(m_table).toString();
    if (name.isEmpty())
        return;
    m_banner->hide();
    m_auth.removeProvider(name, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return m_banner->showMessage(ApiErrorText::describe(tr("Removing the provider"), result.error()));
        reload();
    });
}

} // namespace adp::app
