#pragma once

#include "shared/client/AuthApi.h"
#include "shared/client/TokensApi.h"

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
    // Shows a new token's secret once; a seam so tests can read it.
    using ShowSecret = std::function<void(QWidget *parent, const shared::CreatedApiToken &created)>;

    ProfileView(shared::ApiClient &api, const shared::CurrentUser &user, QWidget *parent = nullptr);

    void setShowSecret(ShowSecret show) { m_showSecret = std::move(show); }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *tokensTable() const { return m_tokens; }
    ErrorBanner *banner() const { return m_banner; }

    void reload();
    void revokeSelectedSession();
    void signOutEverywhereElse();
    void createToken(const shared::ApiTokenRequest &request);
    void revokeSelectedToken();

Q_SIGNALS:
    void reloaded();

private:
    void openCreateTokenDialog();
    void fail(const QString &action, const shared::ApiError &error);

    shared::AuthApi m_auth;
    shared::TokensApi m_tokensApi;
    QTableWidget *m_sessions;
    QTableWidget *m_tokens;
    ErrorBanner *m_banner;
    ShowSecret m_showSecret;
    int m_pending = 0;
};

} // namespace adp::app
