#pragma once

#include "shared/client/AuthApi.h"
#include "tokens/TokensPanel.h"

#include <QWidget>
#include <functional>

class QTableWidget;

namespace adp::app {

class ErrorBanner;

// The signed-in user's own things: where they are signed in (revoke one, or
// sign out everywhere else) and their API tokens (create, shown once; revoke).
class ProfileView : public QWidget
{
    Q_OBJECT

public:
    ProfileView(shared::ApiClient &api, const shared::CurrentUser &user, QWidget *parent = nullptr);

    void setShowSecret(TokensPanel::ShowSecret show) { m_tokens->setShowSecret(std::move(show)); }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *tokensTable() const { return m_tokens->table(); }
    ErrorBanner *banner() const { return m_banner; }

    Q_INVOKABLE void reload();
    void revokeSelectedSession();
    void signOutEverywhereElse();
    void createToken(const shared::ApiTokenRequest &request) { m_tokens->createToken(request); }
    void revokeSelectedToken() { m_tokens->revokeSelected(); }

Q_SIGNALS:
    void reloaded();

private:
    void fail(const QString &action, const shared::ApiError &error);

    shared::AuthApi m_auth;
    QTableWidget *m_sessions;
    ErrorBanner *m_banner;
    TokensPanel *m_tokens;
    int m_pending = 0;
};

} // namespace adp::app
