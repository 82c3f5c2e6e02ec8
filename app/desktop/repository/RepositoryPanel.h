#pragma once

#include "shared/client/RepositoryApi.h"
#include "widgets/FieldForm.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace adp::app {

class ErrorBanner;

// A project's repository connection for its maintainers: the access token the mirror fetches a
// private GitHub or GitLab repository with (never shown back: only whether one is set, for which
// provider and repository), and the webhook secret (a new one shown once, with the URLs to give
// GitHub or GitLab).
class RepositoryPanel : public QWidget
{
    Q_OBJECT

public:
    RepositoryPanel(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    Q_INVOKABLE void reload();
    void saveToken();
    void removeToken();
    void newWebhookSecret();

    QLabel *tokenStatus() const { return m_status; }
    QComboBox *provider() const { return m_provider; }
    QLineEdit *token() const { return m_token; }
    QLineEdit *apiUrl() const { return m_apiUrl; }
    QLineEdit *repository() const { return m_repository; }
    QLineEdit *webhookSecret() const { return m_secret; }
    QTextBrowser *webhookSetup() const { return m_setup; }
    QString fieldError(const QString &key) const;
    ErrorBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void loaded();
    void changed();

private:
    void showStatus(const shared::RepositoryTokenStatus &status);

    shared::RepositoryApi m_api;
    ErrorBanner *m_banner;
    FieldForm m_tokenForm;
    FieldForm m_webhookForm;
    QLabel *m_status;
    QComboBox *m_provider;
    QLineEdit *m_token;
    QLineEdit *m_apiUrl;
    QLineEdit *m_repository;
    QPushButton *m_remove;
    QLineEdit *m_secret;
    QTextBrowser *m_setup;
};

} // namespace adp::app
