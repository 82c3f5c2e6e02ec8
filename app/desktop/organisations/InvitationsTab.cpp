#include "InvitationsTab.h"

#include "members/AddMemberDialog.h"
#include "shared/core/Roles.h"
#include "widgets/ApiErrorText.h"
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
#include <QVBoxLayout>

namespace adp::app {

InvitationsTab::InvitationsTab(shared::ApiClient &api, ErrorBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_banner(banner)
{
    m_table = makeRowTable(this, {tr("Email"), tr("Role"), tr("Invited by"), tr("Expires")});
    m_table->setObjectName(QStringLiteral("invitationsTable"));
    m_table->setAccessibleName(tr("Invitations"));
    m_invite = new QPushButton(tr("Invite…"), this);
    m_revoke = new QPushButton(tr("Revoke invitation"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_invite);
    buttons->addStretch();
    buttons->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_showCode = [](QWidget *owner, const shared::CreatedInvitation &created) {
        QMessageBox box(QMessageBox::Information, tr("Invitation created"),
                        tr("Send this code to %1. It is shown only now and works once, until %2. They sign in and "
                           "choose \"Join with a code…\" (or run adp invitations accept CODE).\n\n%3")
                            .arg(created.invitation.email, shortTime(created.invitation.expiresAt), created.code),
                        QMessageBox::Ok, owner);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    };
    connect(m_invite, &QPushButton::clicked, this, &InvitationsTab::openInviteDialog);
    connect(m_revoke, &QPushButton::clicked, this, &InvitationsTab::revokeSelected);
    setOrganisation({}, false);
}

void InvitationsTab::setOrganisation(const QString &organisation, bool manageable)
{
    m_organisation = organisation;
    const QString why = manageable ? QString() : tr("Only the organisation's admins and owners invite people");
    for (QPushButton *action : {m_invite, m_revoke}) {
        action->setEnabled(manageable);
        action->setToolTip(why);
    }
    m_table->setRowCount(0);
    ++m_generation;
    if (manageable && !organisation.isEmpty())
        reload();
}

void InvitationsTab::reload()
{
    const int generation = ++m_generation;
    m_api.list(m_organisation, this, [this, generation](const shared::ApiResult<QList<shared::Invitation>> &result) {
        if (generation != m_generation)
            return; // another organisation was chosen meanwhile
        m_table->setRowCount(0);
        if (!result.ok())
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the invitations"), result.error()));
        else
            for (const shared::Invitation &invitation : result.value())
                appendRow(m_table,
                          {invitation.email, roleLabel(invitation.role), invitation.invitedBy,
                           shortTime(invitation.expiresAt)},
                          invitation.id);
        Q_EMIT reloaded();
    });
}

void InvitationsTab::openInviteDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Invite to %1").arg(m_organisation));
    auto *email = new QLineEdit(&dialog);
    email->setPlaceholderText(tr("name@example.com"));
    auto *role = new QComboBox(&dialog);
    for (const QString &name : shared::organisationRoleNames())
        role->addItem(roleLabel(name), name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Email:"), email);
    form->addRow(tr("Role:"), role);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        invite(email->text().trimmed(), role->currentData().toString());
}

void InvitationsTab::invite(const QString &email, const QString &role)
{
    m_banner->hide();
    m_api.create(m_organisation, {email, role}, this,
                 [this](const shared::ApiResult<shared::CreatedInvitation> &result) {
                     if (!result.ok())
                         return m_banner->showMessage(ApiErrorText::describe(tr("Inviting"), result.error()));
                     m_showCode(this, result.value());
                     reload();
                 });
}

void InvitationsTab::revokeSelected()
{
    const QVariant id = selectedKey(m_table);
    if (!id.isValid())
        return;
    m_api.revoke(m_organisation, id.toLongLong(), this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return m_banner->showMessage(ApiErrorText::forAction(tr("Revoking the invitation"), result.error()));
        reload();
    });
}

} // namespace adp::app
