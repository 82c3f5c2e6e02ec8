#pragma once

#include "shared/client/CostsApi.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace adp::app {

// What a group of the Costs area is made of, the costliest first: bill lines, each job's run,
// cluster workloads and idle capacity, what projects kept and asked their models — for the
// period and the groups looked inside.
class CostLinesDialog : public QDialog
{
    Q_OBJECT

public:
    CostLinesDialog(shared::ApiClient &api, const QString &organisation, const shared::costs::CostQuery &query,
                    const QString &title, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    static QString sourceName(const QString &source); // in the person's language

Q_SIGNALS:
    void loaded();

private:
    void display(const shared::costs::CostLines &lines);

    shared::CostsApi m_costs;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace adp::app
