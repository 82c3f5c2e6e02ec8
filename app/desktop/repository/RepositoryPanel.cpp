#include "RepositoryPanel.h"

#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace adp::app {

RepositoryPanel::RepositoryPanel(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QWidget(parent)
    , m_api(api, project)
    , m_tokenForm(this)
    , m_webhookForm(this)
{
    m_banner = new ErrorBanner(this);

    auto *tokenBox = new QGroupBox(tr("Repository access token"), this);
    m_status = new QLabel(tokenBox);
    m_status->setWordWrap(true);
    m_provider = new QComboBox(tokenBox);
    m_provider->addItem(QStringLiteral("GitHub"), QStringLiteral("github"));
    m_provider->addItem(QStringLiteral("GitLab"), QStringLiteral("gitlab"));
    m_tokenForm.addField(QStringLiteral("provider"), tr("Provider"), m_provider);
    m_token = m_tokenForm.addLine(QStringLiteral("token"), tr("Token"), tr("a token that may read the repository"));
    m_token->setEchoMode(QLineEdit::Password);
    m_apiUrl =
        m_tokenForm.addLine(QStringLiteral("api_url"), tr("API URL"), tr("optional: derived from the repository"));
    m_repository =
        m_tokenForm.addLine(QStringLiteral("repository"), tr("Repository"), tr("optional: owner/name from its URL"));
    auto *save = new QPushButton(tr("Save token"), tokenBox);
    m_remove = new QPushButton(tr("Remove token"), tokenBox);
    connect(save, &QPushButton::clicked, this, &RepositoryPanel::saveToken);
    connect(m_remove, &QPushButton::clicked, this, &RepositoryPanel::removeToken);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addStretch(1);
    tokenButtons->addWidget(m_remove);
    tokenButtons->addWidget(save);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->addWidget(m_status);
    tokenLayout->addLayout(m_tokenForm.layout());
    tokenLayout->addLayout(tokenButtons);

    auto *webhookBox = new QGroupBox(tr("Webhook"), this);
    auto *explanation = new QLabel(tr("A new secret replaces the old one; it is shown here once, with the URLs to give "
                                      "GitHub or GitLab, so pushes and merge requests start pipelines at once."),
                                   webhookBox);
    explanation->setWordWrap(true);
    m_secret = m_webhookForm.addLine(QStringLiteral("secret"), tr("Secret"),
                                     tr("empty: a random one (or 16-256 characters of your own)"));
    m_secret->setEchoMode(QLineEdit::Password);
    auto *create = new QPushButton(tr("Set webhook secret"), webhookBox);
    connect(create, &QPushButton::clicked, this, &RepositoryPanel::newWebhookSecret);
    m_setup = new QTextBrowser(webhookBox);
    m_setup->setAccessibleName(tr("Webhook set-up"));
    m_setup->setPlaceholderText(tr("The secret and URLs appear here once set."));
    auto *webhookLayout = new QVBoxLayout(webhookBox);
    webhookLayout->addWidget(explanation);
    webhookLayout->addLayout(m_webhookForm.layout());
    webhookLayout->addWidget(create, 0, Qt::AlignRight);
    webhookLayout->addWidget(m_setup);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(tokenBox);
    layout->addWidget(webhookBox, 1);
    reload();
}

QString RepositoryPanel::fieldError(const QString &key) const
{
    const QString error = m_tokenForm.error(key);
    return error.isEmpty() ? m_webhookForm.error(key) : error;
}

void RepositoryPanel::reload()
{
    m_api.tokenStatus(this, [this](const shared::ApiResult<shared::RepositoryTokenStatus> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the repository token"), result.error()));
            return;
        }
        showStatus(result.value());
        Q_EMIT loaded();
    });
}

void RepositoryPanel::showStatus(const shared::RepositoryTokenStatus &status)
{
    m_remove->setEnabled(status.set);
    m_status->setText(status.set
                          ? tr("A %1 token is set for %2 (API %3), since %4.")
                                .arg(status.provider, status.repository, status.apiUrl, shortTime(status.updatedAt))
                          : tr("No token: a public repository, or one the server reaches by itself."));
}

void RepositoryPanel::saveToken()
{
    m_tokenForm.clearErrors();
    m_api.setToken(m_provider->currentData().toString(), m_token->text(), m_apiUrl->text().trimmed(),
                   m_repository->text().trimmed(), this,
                   [this](const shared::ApiResult<shared::RepositoryTokenStatus> &result) {
                       if (!result.ok()) {
                           const shared::FieldErrors rest = m_tokenForm.showErrors(result.error().fieldErrors);
                           if (result.error().fieldErrors.isEmpty() || !rest.isEmpty())
                               m_banner->showMessage(ApiErrorText::forAction(tr("Saving the token"), result.error()));
                           return;
                       }
                       m_token->clear(); // never kept on screen
                       m_banner->hide();
                       showStatus(result.value());
                       Q_EMIT changed();
                   });
}

void RepositoryPanel::removeToken()
{
    m_api.removeToken(this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok()) {
            m_banner->showMessage(ApiErrorText::forAction(tr("Removing the token"), result.error()));
            return;
        }
        m_banner->hide();
        reload();
        Q_EMIT changed();
    });
}

void RepositoryPanel::newWebhookSecret()
{
    m_webhookForm.clearErrors();
    m_api.setWebhookSecret(m_secret->text(), this, [this](const shared::ApiResult<shared::WebhookSetup> &result) {
        if (!result.ok()) {
            const shared::FieldErrors rest = m_webhookForm.showErrors(result.error().fieldErrors);
            if (result.error().fieldErrors.isEmpty() || !rest.isEmpty())
                m_banner->showMessage(ApiErrorText::forAction(tr("Setting the webhook secret"), result.error()));
            return;
        }
        m_secret->clear();
        m_banner->hide();
        const shared::WebhookSetup &setup = result.value();
        m_setup->setPlainText(tr("Secret (shown once): %1\nGitHub: %2 (content type application/json; push, pull "
                                 "request and create events)\nGitLab: %3 (secret token; push, tag push and merge "
                                 "request events)")
                                  .arg(setup.secret, setup.githubUrl, setup.gitlabUrl));
        Q_EMIT changed();
    });
}

} // namespace adp::app
