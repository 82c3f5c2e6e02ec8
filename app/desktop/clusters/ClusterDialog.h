#pragma once

#include "shared/client/ClustersApi.h"
#include "widgets/FieldForm.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QPlainTextEdit;

namespace adp::app {

class ConnectionReportView;

// Adds a cluster to a project from a kubeconfig (pasted or loaded from a file): its name, the
// context to use, and the file, each refusal shown under its field with the file's line. "Test
// connection" tries it first and shows what the credentials may do.
class ClusterDialog : public QDialog
{
    Q_OBJECT

public:
    ClusterDialog(shared::ApiClient &api, const QString &project, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *contextField() const { return m_context; }
    QPlainTextEdit *kubeconfigField() const { return m_kubeconfig; }
    QString fieldError(const QString &field) const { return m_form.error(field); }
    void loadFile(const QString &path);
    void submit();
    void test(); // "Test connection": the kubeconfig as typed, kept nowhere
    ConnectionReportView *report() const { return m_report; }
    QPushButton *testButton() const { return m_test; }

Q_SIGNALS:
    void saved(const adp::shared::Cluster &cluster);

private:
    shared::ClustersApi m_api;
    FieldForm m_form;
    QLineEdit *m_name;
    QLineEdit *m_context;
    QPlainTextEdit *m_kubeconfig;
    QPushButton *m_test;
    ConnectionReportView *m_report;

    shared::ClusterFields fields() const;
};

} // namespace adp::app
