#pragma once

#include "shared/client/AuthApi.h"

#include <QDialog>

class QLineEdit;
class QLabel;
class QPushButton;

namespace adp::app {

// Signs in to a server with a local account; on success the session token
// is available from loginResult().
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(shared::ApiClient &api, const QString &lastUsername, QWidget *parent = nullptr);

    const shared::LoginResult &loginResult() const { return m_result; }
    QString username() const;

private:
    void submit();

    shared::ApiClient &m_api;
    shared::AuthApi m_auth;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_submit;
    shared::LoginResult m_result;
};

} // namespace adp::app
