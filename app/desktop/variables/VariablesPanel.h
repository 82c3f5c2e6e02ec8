#pragma once

#include "shared/client/VariablesApi.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace adp::app {

class EmptyState;
class ErrorBanner;

// A project's CI/CD variables for its maintainers: key, environments, value (masked ones never
// shown), type and protection; Add, Edit and Delete (after a confirmation).
class VariablesPanel : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    // Opens the add/edit dialog; a seam so tests can fill it.
    using OpenEditor = std::function<void(QWidget *parent, std::optional<shared::ProjectVariable> existing)>;

    VariablesPanel(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setOpenEditor(OpenEditor editor) { m_openEditor = std::move(editor); }
    shared::VariablesApi &api() { return m_api; }
    QTableWidget *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }

    Q_INVOKABLE void reload();
    void deleteSelected();

Q_SIGNALS:
    void loaded();

private:
    std::optional<shared::ProjectVariable> selected() const;
    void updateActions();

    shared::VariablesApi m_api;
    QList<shared::ProjectVariable> m_variables;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    EmptyState *m_emptyState;
    ErrorBanner *m_banner;
    Confirm m_confirm;
    OpenEditor m_openEditor;
};

} // namespace adp::app
