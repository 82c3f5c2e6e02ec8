#include "TokensPanel.h"

#include "members/AddMemberDialog.h"
#include "shared/core/Roles.h"
#include "widgets/ApiErrorText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

TokensPanel::TokensPanel(shared::ApiClient &api, ErrorBanner *banner, const QString &project, QWidget *parent)
    : QGroupBox(project.isEmpty() ? tr("API tokens for scripts and CI") : tr("Tokens of this project"), parent)
    , m_tokens(api, project)
    , m_banner(banner)
    , m_forProject(!project.isEmpty())
{
    QStringList headers{tr("Name"), tr("Scopes"), tr("Expires"), tr("Last used")};
    if (m_forProject)
        headers << tr("Role") << tr("Created by");
    m_table = makeRowTable(this, headers);
    m_table->setObjectName(QStringLiteral("tokensTable"));
    m_table->setAccessibleName(tr("Tokens"));
    m_create = new QPushButton(tr("New token…"), this);
    m_revoke = new QPushButton(tr("Revoke token"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_create);
    buttons->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    m_emptyState = new EmptyState(m_table, tr("No tokens yet"),
                                  tr("A token lets a script or CI job use the API as you would, with the scopes and "
                                     "expiry you give it; revoke it when it is not needed any more."),
                                  this);
    layout->addWidget(m_emptyState);
    layout->addLayout(buttons);

    m_showSecret = [](QWidget *owner, const shared::CreatedApiToken &created) {
        QMessageBox box(QMessageBox::Information, tr("New API token"),
                        tr("Token \"%1\" was created. Copy it now: it is not shown again.\n\n%2")
                            .arg(created.token.name, created.secret),
                        QMessageBox::Ok, owner);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    };
    connect(m_create, &QPushButton::clicked, this, &TokensPanel::openCreateDialog);
    connect(m_revoke, &QPushButton::clicked, this, &TokensPanel::revokeSelected);
}

void TokensPanel::setManageable(bool manageable, const QString &why)
{
    for (QPushButton *action : {m_create, m_revoke}) {
        action->setEnabled(manageable);
        action->setToolTip(manageable ? QString() : why);
    }
}

void TokensPanel::fail(const QString &action, const shared::ApiError &error)
{
    m_banner->showMessage(ApiErrorText::forAction(action, error));
}

void TokensPanel::reload(std::function<void()> finished)
{
    m_tokens.list(this, [this, finished](const shared::ApiResult<QList<shared::ApiToken>> &result) {
        if (!result.ok()) {
            fail(m_forProject ? tr("Loading the project's tokens") : tr("Loading your tokens"), result.error());
        } else {
            m_table->setRowCount(0);
            for (const shared::ApiToken &token : result.value()) {
                QStringList cells{token.name, token.scopes.join(QStringLiteral(", ")), shortTime(token.expiresAt),
                                  token.lastUsedAt.isValid() ? shortTime(token.lastUsedAt) : tr("never")};
                if (m_forProject)
                    cells << roleLabel(token.role) << token.createdBy;
                appendRow(m_table, cells, token.id);
            }
            m_emptyState->setEmpty(m_table->rowCount() == 0);
        }
        if (finished)
            finished();
    });
}

void TokensPanel::openCreateDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New API token"));
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("What it is for, e.g. nightly deploy"));
    auto *scope = new QComboBox(&dialog);
    scope->addItem(m_forProject ? tr("Everything its role allows (api)") : tr("Everything you may do (api)"),
                   QStringLiteral("api"));
    scope->addItem(tr("Read only (read_api)"), QStringLiteral("read_api"));
    auto *role = new QComboBox(&dialog);
    for (const QString &roleName : shared::projectRoleNames())
        role->addItem(roleLabel(roleName), roleName);
    role->setCurrentIndex(role->findData(QStringLiteral("developer")));
    auto *days = new QSpinBox(&dialog);
    days->setRange(1, shared::ApiTokenRequest::kMaxDays);
    days->setValue(shared::ApiTokenRequest::kDefaultDays);
    days->setSuffix(tr(" days"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    if (m_forProject)
        form->addRow(tr("Role in the project:"), role);
    else
        role->hide();
    form->addRow(tr("Scope:"), scope);
    form->addRow(tr("Expires in:"), days);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    shared::ApiTokenRequest request;
    request.name = name->text().trimmed();
    request.scopes = {scope->currentData().toString()};
    request.expiresInDays = days->value();
    if (m_forProject)
        request.role = role->currentData().toString();
    createToken(request);
}

void TokensPanel::createToken(const shared::ApiTokenRequest &request)
{
    m_banner->hide();
    m_tokens.create(request, this, [this](const shared::ApiResult<shared::CreatedApiToken> &result) {
        if (!result.ok())
            return m_banner->showMessage(ApiErrorText::describe(tr("Creating the token"), result.error()));
        m_showSecret(this, result.value());
        reload();
    });
}

void TokensPanel::revokeSelected()
{
    if (!selectedKey(m_table).isValid())
        return;
    const qint64 id = selectedKey(m_table).toLongLong();
    m_tokens.revoke(id, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return fail(tr("Revoking the token"), result.error());
        reload();
    });
}

} // namespace adp::app
