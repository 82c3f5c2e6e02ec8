#pragma once

#include "shared/client/CostsApi.h"
#include "widgets/FieldForm.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace adp::app {

// Adds a budget to an organisation, or changes one: what it covers (the organisation, a project,
// project/environment or a team), monthly or a custom period, the amount and currency, the
// thresholds in percent and whether the forecast may cross them too. The server checks it all;
// its words land under the field they name.
class BudgetDialog : public QDialog
{
    Q_OBJECT

public:
    BudgetDialog(shared::ApiClient &api, const QString &organisation,
                 const std::optional<shared::costs::CostBudget> &current, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *scopeField() const { return m_scope; }
    QLineEdit *targetField() const { return m_target; }
    QComboBox *periodField() const { return m_period; }
    QLineEdit *startField() const { return m_start; }
    QLineEdit *endField() const { return m_end; }
    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *currencyField() const { return m_currency; }
    QLineEdit *thresholdsField() const { return m_thresholds; }
    QCheckBox *forecastField() const { return m_onForecast; }
    QString fieldError(const QString &field) const { return m_form.error(field); }
    void submit();

Q_SIGNALS:
    void saved(const adp::shared::costs::CostBudget &budget);

private:
    void showPeriodFields();

    shared::CostsApi m_costs;
    QString m_organisation;
    std::optional<qint64> m_id;
    FieldForm m_form;
    QLineEdit *m_name;
    QComboBox *m_scope;
    QLineEdit *m_target;
    QComboBox *m_period;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QLineEdit *m_amount;
    QLineEdit *m_currency;
    QLineEdit *m_thresholds;
    QCheckBox *m_onForecast;
};

} // namespace adp::app
