#pragma once

#include "shared/client/NotificationRulesApi.h"
#include "shared/client/ProjectsApi.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace adp::app {

class EmptyState;
class ErrorBanner;

// A project's notification rules and, for the selected rule, its delivery
// log (sent, retried, failed with the error). Rules hold webhook tokens and
// SMTP passwords, so only the project's maintainers see and change them;
// anyone else is told so.
class NotificationRulesPanel : public QWidget
{
    Q_OBJECT

public:
    // Opens the add/edit dialog; answers true when a rule was saved. A seam for tests.
    using OpenEditor = std::function<bool(QWidget *parent, std::optional<shared::NotificationRule> existing)>;
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;

    NotificationRulesPanel(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    void setOpenEditor(OpenEditor editor) { m_openEditor = std::move(editor); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QTableWidget *rulesTable() const { return m_rules; }
    QTableWidget *deliveriesTable() const { return m_deliveries; }
    ErrorBanner *banner() const { return m_banner; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    bool mayManage() const { return m_myRole == shared::ProjectRole::Maintainer; }

    Q_INVOKABLE void reload();
    void addRule();
    void editSelected();
    void deleteSelected();
    void reloadDeliveries();

Q_SIGNALS:
    void reloaded();
    void deliveriesReloaded();

private:
    std::optional<shared::NotificationRule> selectedRule() const;
    void applyRole();
    void updateActions();
    void showRules(const QList<shared::NotificationRule> &rules);
    void fail(const QString &action, const shared::ApiError &error);

    shared::ProjectsApi m_projects;
    shared::NotificationRulesApi m_api;
    QString m_project;
    shared::ProjectRole m_myRole = shared::ProjectRole::None;
    QList<shared::NotificationRule> m_rows;
    int m_generation = 0;
    int m_deliveriesGeneration = 0;
    OpenEditor m_openEditor;
    Confirm m_confirm;

    EmptyState *m_emptyState;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    QTableWidget *m_rules;
    QLabel *m_deliveriesTitle;
    QTableWidget *m_deliveries;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_refresh;
};

} // namespace adp::app
