#pragma once

#include "shared/client/AuthApi.h"

#include <QWidget>

class QTableWidget;

namespace adp::app {

class EmptyState;
class ErrorBanner;

// Administrators: the sign-in providers people may use (GitHub, GitLab, any
// OpenID Connect issuer), added with their client id and secret, removed.
class ProvidersView : public QWidget
{
    Q_OBJECT

public:
    explicit ProvidersView(shared::ApiClient &api, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    // The redirect URI to register with the provider for `name`.
    QString callbackFor(const QString &name) const;

    Q_INVOKABLE void reload();
    void addProvider(const shared::ProviderRequest &request);
    void removeSelected();

Q_SIGNALS:
    void reloaded();

private:
    void openAddDialog();

    shared::ApiClient &m_api;
    shared::AuthApi m_auth;
    QTableWidget *m_table;
    EmptyState *m_emptyState;
    ErrorBanner *m_banner;
};

} // namespace adp::app
