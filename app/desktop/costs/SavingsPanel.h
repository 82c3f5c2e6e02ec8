#pragma once

#include "shared/client/AiApi.h"
#include "shared/client/CostsApi.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace adp::shared {
class EventsClient;
}

namespace adp::app {

class ModelAnswerView;

// The Costs area's Savings tab: ways an organisation (or one of its projects) could spend less
// over the last 30 days, each with its monthly saving and whether it was measured or assumed;
// then, for one project, the organisation's model's plan on the same figures, streaming in.
class SavingsPanel : public QWidget
{
    Q_OBJECT

public:
    SavingsPanel(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);

    void setOrganisation(const QString &organisation); // and load its savings
    void load();
    QComboBox *projects() const { return m_projects; }
    QSpinBox *idleDays() const { return m_idleDays; }
    QSpinBox *staleDays() const { return m_staleDays; }
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    QPushButton *askButton() const;
    ModelAnswerView *modelAnswer() const { return m_model; }

Q_SIGNALS:
    void loaded();

private:
    void display(const shared::costs::CostSavings &savings);
    void askModel();

    shared::CostsApi m_costs;
    shared::AiApi m_ai;
    QString m_organisation;
    QComboBox *m_projects;
    QSpinBox *m_idleDays;
    QSpinBox *m_staleDays;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_notes;
    ModelAnswerView *m_model;
};

} // namespace adp::app
