#pragma once

#include "shared/client/CostsApi.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace adp::app {

// The Costs area's Clusters tab: what connected clusters' workloads cost over a window, in
// OpenCost's model — by namespace, controller, kind, cluster or a label, each row's CPU and memory
// (what it took, how much of its request it used) and its cost, idle capacity as its own row or
// shared out, chosen namespaces' cost split among the others; the server's notes beneath.
class ClusterAllocationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterAllocationPanel(shared::ApiClient &api, QWidget *parent = nullptr);

    void setOrganisation(const QString &organisation); // and load
    void load();
    QComboBox *window() const { return m_window; }
    QComboBox *aggregate() const { return m_aggregate; }
    QLineEdit *label() const { return m_label; }
    QLineEdit *sharedNamespaces() const { return m_sharedNamespaces; }
    QComboBox *shareSplit() const { return m_shareSplit; }
    QCheckBox *shareIdle() const { return m_shareIdle; }
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    QString notesText() const;
    void display(const shared::costs::AllocationSet &set);

Q_SIGNALS:
    void loaded();

private:
    QUrlQuery query() const;

    shared::CostsApi m_costs;
    QString m_organisation;
    QComboBox *m_window;
    QComboBox *m_aggregate;
    QLineEdit *m_label;
    QLineEdit *m_sharedNamespaces;
    QComboBox *m_shareSplit;
    QCheckBox *m_shareIdle;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_notes;
};

} // namespace adp::app
