#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

LoginDialog::LoginDialog(shared::ApiClient &api, const QString &lastUsername, QWidget *parent)
    : QDialog(parent), m_api(api), m_auth(api)
{
    setWindowTitle(tr("Sign in to %1").arg(api.baseUrl().toString()));
    m_username = new QLineEdit(lastUsername, this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), new QLabel(api.baseUrl().toString(), this));
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (lastUsername.isEmpty() ? m_username : m_password)->setFocus();
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

void LoginDialog::submit()
{
    if (username().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your username and password"));
        m_error->show();
        return;
    }
    m_submit->setEnabled(false);
    m_error->setText(tr("Signing in…"));
    m_error->show();
    m_auth.login(username(), m_password->text(), this, [this](const shared::ApiResult<shared::LoginResult> &result) {
        m_submit->setEnabled(true);
        if (!result.ok()) {
            const shared::ApiError &error = result.error();
            m_error->setText(error.httpStatus == 401 ? tr("Wrong username or password")
                             : error.httpStatus == 0 ? tr("Cannot reach the server: %1").arg(error.message)
                                                     : error.message);
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        m_result = result.value();
        accept();
    });
}

} // namespace adp::app
