#pragma once

#include "shared/client/ClustersApi.h"
#include "shared/client/ProjectsApi.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace adp::app {

class ConnectionReportView;
class EmptyState;
class ErrorBanner;

// A project's Kubernetes clusters: where each one's API server is, the namespace and the kind of
// credential (never the credential) and how its last connection test went. Maintainers add one
// from a kubeconfig, test what its credentials may do, and remove them.
class ClustersPanel : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    using OpenEditor = std::function<void(QWidget *parent)>;

    ClustersPanel(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setOpenEditor(OpenEditor editor) { m_openEditor = std::move(editor); }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *testButton() const { return m_test; }
    ConnectionReportView *report() const { return m_report; }
    ErrorBanner *banner() const { return m_banner; }

    Q_INVOKABLE void reload();
    void removeSelected();
    void testSelected();

Q_SIGNALS:
    void loaded();

private:
    void updateActions();
    static QString lastTestOf(const shared::Cluster &cluster);

    shared::ClustersApi m_api;
    shared::ProjectsApi m_projects;
    QString m_project;
    QList<shared::Cluster> m_clusters;
    bool m_maintainer = false;
    ErrorBanner *m_banner;
    QTableWidget *m_table;
    EmptyState *m_emptyState;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    ConnectionReportView *m_report;
    bool m_testing = false;
    Confirm m_confirm;
    OpenEditor m_openEditor;
};

} // namespace adp::app
