#include "LoginDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

LoginDialog::LoginDialog(shared::ApiClient &api, const QString &lastUsername, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_auth(api)
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
    m_providers = new QWidget(this);
    m_providers->setObjectName(QStringLiteral("providers"));
    new QVBoxLayout(m_providers);
    m_providers->layout()->setContentsMargins(0, 0, 0, 0);
    m_providers->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_providers);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (lastUsername.isEmpty() ? m_username : m_password)->setFocus();

    m_openBrowser = [](const QUrl &address) { QDesktopServices::openUrl(address); };
    m_auth.providers(this, [this](const shared::ApiResult<QList<shared::SignInProvider>> &result) {
        if (result.ok()) // without the list, the local sign-in still works
            showProviders(result.value());
        Q_EMIT providersLoaded();
    });
}

QString LoginDialog::username() const
{
    return m_result.user.username.isEmpty() ? m_username->text().trimmed() : m_result.user.username;
}

QList<QPushButton *> LoginDialog::providerButtons() const
{
    return m_providers->findChildren<QPushButton *>();
}

void LoginDialog::showProviders(const QList<shared::SignInProvider> &providers)
{
    for (const shared::SignInProvider &provider : providers) {
        const QString label = provider.type == u"github"   ? tr("Sign in with GitHub (%1)").arg(provider.name)
                              : provider.type == u"gitlab" ? tr("Sign in with GitLab (%1)").arg(provider.name)
                                                           : tr("Sign in with %1").arg(provider.name);
        auto *button = new QPushButton(label, m_providers);
        button->setObjectName(QStringLiteral("provider-") + provider.name);
        connect(button, &QPushButton::clicked, this, [this, name = provider.name]() { signInWith(name); });
        m_providers->layout()->addWidget(button);
    }
    if (!providers.isEmpty()) {
        auto *or_ = new QLabel(tr("or with a local account:"), m_providers);
        m_providers->layout()->addWidget(or_);
        m_providers->show();
    }
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::signInWith(const QString &provider)
{
    delete m_signIn; // a second click starts over
    m_signIn = new shared::LoopbackSignIn(m_api, this);
    QString error;
    const QUrl address = m_signIn->begin(provider, &error);
    if (address.isEmpty())
        return showError(tr("Cannot wait for the browser's answer: %1").arg(error));
    connect(m_signIn, &shared::LoopbackSignIn::finished, this,
            [this](const shared::ApiResult<shared::LoginResult> &result) {
                if (!result.ok())
                    return showError(result.error().httpStatus == 0
                                         ? result.error().message
                                         : tr("The server refused the sign-in: %1").arg(result.error().message));
                m_result = result.value();
                accept();
            });
    showError(tr("Finish signing in in your browser; this window continues by itself."));
    m_openBrowser(address);
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
