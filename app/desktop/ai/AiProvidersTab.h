#pragma once

#include "shared/client/AiApi.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace adp::app {

class ErrorBanner;

// An organisation's models (any OpenAI-compatible endpoint) that its projects' assistants may ask:
// everyone in it sees them (never a key, a hint of it); its admins add, change and remove them.
class AiProvidersTab : public QWidget
{
    Q_OBJECT

public:
    // Opens the add/change dialog; true when something was saved. A seam so tests can fill it.
    using OpenEditor = std::function<bool(QWidget *owner, const std::optional<shared::AiProvider> &existing)>;
    using Confirm = std::function<bool(QWidget *owner, const QString &question)>;

    AiProvidersTab(shared::ApiClient &api, ErrorBanner *banner, QWidget *parent = nullptr);

    void setOpenEditor(OpenEditor open) { m_openEditor = std::move(open); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setOrganisation(const QString &organisation, bool manageable);
    const QString &organisation() const { return m_organisation; }
    void add();
    void editSelected();
    void removeSelected();

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void reloaded();

private:
    void reload();
    std::optional<shared::AiProvider> selected() const;

    shared::ApiClient &m_client;
    shared::AiApi m_api;
    ErrorBanner *m_banner;
    QString m_organisation;
    int m_generation = 0;
    QList<shared::AiProvider> m_providers;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    OpenEditor m_openEditor;
    Confirm m_confirm;
};

} // namespace adp::app
