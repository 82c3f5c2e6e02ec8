#include "ProfileView.h"

#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

ProfileView::ProfileView(shared::ApiClient &api, const shared::CurrentUser &user, QWidget *parent)
    : QWidget(parent)
    , m_auth(api)
{
    m_banner = new ErrorBanner(this);
    auto *who = new QLabel(user.isAdmin ? tr("%1, administrator").arg(user.username) : user.username, this);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);

    m_sessions = makeRowTable(this, {tr("Signed in"), tr("Ends"), tr("Address"), tr("Client"), QString()});
    m_sessions->setObjectName(QStringLiteral("sessionsTable"));
    m_sessions->setAccessibleName(tr("Sessions"));
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

    m_tokens = new TokensPanel(api, m_banner, {}, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(who);
    layout->addWidget(sessionsBox, 1);
    layout->addWidget(m_tokens, 1);

    connect(revokeSession, &QPushButton::clicked, this, &ProfileView::revokeSelectedSession);
    connect(everywhere, &QPushButton::clicked, this, &ProfileView::signOutEverywhereElse);
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
    m_tokens->reload(finished);
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

} // namespace adp::app
