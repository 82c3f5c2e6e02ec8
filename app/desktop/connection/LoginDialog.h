#pragma once

#include "shared/client/AuthApi.h"
#include "shared/client/LoopbackSignIn.h"

#include <QDialog>
#include <functional>

class QLineEdit;
class QLabel;
class QPushButton;

namespace adp::app {

// Signs in to a server with a local account or, with one button per
// provider the server offers, through GitHub, GitLab or OpenID Connect in the
// system browser; on success the session token is in loginResult().
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(shared::ApiClient &api, const QString &lastUsername, QWidget *parent = nullptr);

    // Opens the provider's sign-in page; a seam so tests can play the browser.
    using OpenBrowser = std::function<void(const QUrl &address)>;
    void setOpenBrowser(OpenBrowser open) { m_openBrowser = std::move(open); }

    const shared::LoginResult &loginResult() const { return m_result; }
    QString username() const;
    QList<QPushButton *> providerButtons() const;
    void signInWith(const QString &provider);

Q_SIGNALS:
    void providersLoaded();

private:
    void submit();
    void showProviders(const QList<shared::SignInProvider> &providers);
    void showError(const QString &message);

    shared::ApiClient &m_api;
    shared::AuthApi m_auth;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_submit;
    QWidget *m_providers;
    shared::LoginResult m_result;
    shared::LoopbackSignIn *m_signIn = nullptr;
    OpenBrowser m_openBrowser;
};

} // namespace adp::app
