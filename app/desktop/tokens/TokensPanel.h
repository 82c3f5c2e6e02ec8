#pragma once

#include "shared/client/TokensApi.h"

#include <QGroupBox>
#include <functional>

class QPushButton;
class QTableWidget;

namespace adp::app {

class EmptyState;
class ErrorBanner;

// API tokens in a box: a table, "New token…" (the secret shown once) and
// "Revoke". Personal tokens in the profile; given a project slug, that
// project's tokens, which also have a role there.
class TokensPanel : public QGroupBox
{
    Q_OBJECT

public:
    // Shows a new token's secret once; a seam so tests can read it.
    using ShowSecret = std::function<void(QWidget *parent, const shared::CreatedApiToken &created)>;

    TokensPanel(shared::ApiClient &api, ErrorBanner *banner, const QString &project = {}, QWidget *parent = nullptr);

    void setShowSecret(ShowSecret show) { m_showSecret = std::move(show); }
    QTableWidget *table() const { return m_table; }
    QPushButton *createButton() const { return m_create; }
    // Enables or disables the actions, saying why when disabled.
    void setManageable(bool manageable, const QString &why = {});

    void reload(std::function<void()> finished = {});
    void createToken(const shared::ApiTokenRequest &request);
    void revokeSelected();

private:
    void openCreateDialog();
    void fail(const QString &action, const shared::ApiError &error);

    shared::TokensApi m_tokens;
    EmptyState *m_emptyState;
    ErrorBanner *m_banner;
    bool m_forProject;
    QTableWidget *m_table;
    QPushButton *m_create;
    QPushButton *m_revoke;
    ShowSecret m_showSecret;
};

} // namespace adp::app
