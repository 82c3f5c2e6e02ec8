#include "ProfileView.h"

#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

ProfileView::ProfileView(shared::ApiClient &api, const shared::CurrentUser &user, QWidget *parent)
    : QWidget(parent), m_auth(api), m_tokensApi(api)
{
    m_banner = new ErrorBanner(this);
    auto *who = new QLabel(user.isAdmin ? tr("%1, administrator").arg(user.username) : user.username, this);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);

    m_sessions = makeRowTable(this, {tr("Signed in"), tr("Ends"), tr("Address"), tr("Client"), QString()});
    m_sessions->setObjectName(QStringLiteral("sessionsTable"));
    auto *revokeSession = new QPushButton(tr("Sign out this session"), this);
    auto *everywhere = new QPushButton(tr("Sign out everywhere else"), this);
    auto *sessionsBox = new QGroupBox(tr("Where you are signed in"), this);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addStretch();
    sessionButtons->addWidget(revokeSession);
    sessionButtons->addWidget(everywhere);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->addWidget(m_sessions);
    sessionsLayout->addLayout(sessionButtons);

    m_tokens = makeRowTable(this, {tr("Name"), tr("Scopes"), tr("Expires"), tr("Last used")});
    m_tokens->setObjectName(QStringLiteral("tokensTable"));
    auto *createToken = new QPushButton(tr("New token…"), this);
    auto *revokeToken = new QPushButton(tr("Revoke token"), this);
    auto *tokensBox = new QGroupBox(tr("API tokens for scripts and CI"), this);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addStretch();
    tokenButtons->addWidget(createToken);
    tokenButtons->addWidget(revokeToken);
    auto *tokensLayout = new QVBoxLayout(tokensBox);
    tokensLayout->addWidget(m_tokens);
    tokensLayout->addLayout(tokenButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(who);
    layout->addWidget(sessionsBox, 1);
    layout->addWidget(tokensBox, 1);

    m_showSecret = [](QWidget *owner, const shared::CreatedApiToken &created) {
        QMessageBox box(QMessageBox::Information, tr("New API token"),
                        tr("Token \"%1\" was created. Copy it now: it is not shown again.\n\n%2")
                            .arg(created.token.name, created.secret),
                        QMessageBox::Ok, owner);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    };
    connect(revokeSession, &QPushButton::clicked, this, &ProfileView::revokeSelectedSession);
    connect(everywhere, &QPushButton::clicked, this, &ProfileView::signOutEverywhereElse);
    connect(createToken, &QPushButton::clicked, this, &ProfileView::openCreateTokenDialog);
    connect(revokeToken, &QPushButton::clicked, this, &ProfileView::revokeSelectedToken);
    reload();
}

void ProfileView::fail(const QString &action, const shared::ApiError &error)
{
    m_banner->showMessage(ApiErrorText::forAction(action, error));
}

void ProfileView::reload()
{
    m_pending = 2;
    const auto finished = [this]() {
        if (--m_pending == 0)
            Q_EMIT reloaded();
    };
    m_auth.sessions(this, [this, finished](const shared::ApiResult<QList<shared::SessionInfo>> &result) {
        if (!result.ok()) {
            fail(tr("Loading your sessions"), result.error());
        } else {
            m_sessions->setRowCount(0);
            for (const shared::SessionInfo &session : result.value()) {
                const int row = m_sessions->rowCount();
                m_sessions->insertRow(row);
                auto *first = new QTableWidgetItem(shortTime(session.createdAt));
                first->setData(Qt::UserRole, session.id);
                m_sessions->setItem(row, 0, first);
                m_sessions->setItem(row, 1, new QTableWidgetItem(shortTime(session.expiresAt)));
                m_sessions->setItem(row, 2, new QTableWidgetItem(session.ip));
                m_sessions->setItem(row, 3, new QTableWidgetItem(session.userAgent));
                m_sessions->setItem(row, 4, new QTableWidgetItem(session.current ? tr("this one") : QString()));
            }
        }
        finished();
    });
    m_tokensApi.list(this, [this, finished](const shared::ApiResult<QList<shared::ApiToken>> &result) {
        if (!result.ok()) {
            fail(tr("Loading your tokens"), result.error());
        } else {
            m_tokens->setRowCount(0);
            for (const shared::ApiToken &token : result.value()) {
                const int row = m_tokens->rowCount();
                m_tokens->insertRow(row);
                auto *name = new QTableWidgetItem(token.name);
                name->setData(Qt::UserRole, token.id);
                m_tokens->setItem(row, 0, name);
                m_tokens->setItem(row, 1, new QTableWidgetItem(token.scopes.join(QStringLiteral(", "))));
                m_tokens->setItem(row, 2, new QTableWidgetItem(shortTime(token.expiresAt)));
                m_tokens->setItem(row, 3, new QTableWidgetItem(token.lastUsedAt.isValid() ? shortTime(token.lastUsedAt) : tr("never")));
            }
        }
        finished();
    });
}

void ProfileView::revokeSelectedSession()
{
    const int row = m_sessions->currentRow();
    if (row < 0)
        return;
    const QString id = m_sessions->item(row, 0)->data(Qt::UserRole).toString();
    m_auth.revokeSession(id, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return fail(tr("Signing out that session"), result.error());
        reload();
    });
}

void ProfileView::signOutEverywhereElse()
{
    m_auth.revokeOtherSessions(this, [this](const shared::ApiResult<int> &result) {
        if (!result.ok())
            return fail(tr("Signing out your other sessions"), result.error());
        reload();
    });
}

void ProfileView::openCreateTokenDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New API token"));
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("What it is for, e.g. nightly deploy"));
    auto *scope = new QComboBox(&dialog);
    scope->addItem(tr("Everything you may do (api)"), QStringLiteral("api"));
    scope->addItem(tr("Read only (read_api)"), QStringLiteral("read_api"));
    auto *days = new QSpinBox(&dialog);
    days->setRange(1, shared::ApiTokenRequest::kMaxDays);
    days->setValue(shared::ApiTokenRequest::kDefaultDays);
    days->setSuffix(tr(" days"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Scope:"), scope);
    form->addRow(tr("Expires in:"), days);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    shared::ApiTokenRequest request;
    request.name = name->text().trimmed();
    request.scopes = {scope->currentData().toString()};
    request.expiresInDays = days->value();
    createToken(request);
}

void ProfileView::createToken(const shared::ApiTokenRequest &request)
{
    m_banner->hide();
    m_tokensApi.create(request, this, [this](const shared::ApiResult<shared::CreatedApiToken> &result) {
        if (!result.ok()) {
            const shared::ApiError &error = result.error();
            if (!error.fieldErrors.isEmpty())
                m_banner->showMessage(ApiErrorText::forField(error.fieldErrors.first()));
            else
                fail(tr("Creating the token"), error);
            return;
        }
        m_showSecret(this, result.value());
        reload();
    });
}

void ProfileView::revokeSelectedToken()
{
    const int row = m_tokens->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_tokens->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_tokensApi.revoke(id, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return fail(tr("Revoking the token"), result.error());
        reload();
    });
}

} // namespace adp::app
