#pragma once

#include "shared/core/ClusterConnection.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace adp::app {

// What a cluster's connection test found: a sentence (connected to which version, or why not,
// in words a person can act on) and, when connected, each verb ADP needs with whether the
// credentials have it in the namespace.
class ConnectionReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionReportView(QWidget *parent = nullptr);

    void showTesting();
    void showReport(const shared::ClusterConnection &connection);
    void showFailure(const QString &text); // the test itself could not be asked for
    void clear();

    QString summary() const;
    QTableWidget *permissions() const { return m_permissions; }
    // Why a connection failed, for people: what to check next.
    static QString explain(const shared::ClusterConnection &connection);

private:
    QLabel *m_summary;
    QTableWidget *m_permissions;
};

} // namespace adp::app
