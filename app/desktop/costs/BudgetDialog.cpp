#include "BudgetDialog.h"

#include "shared/costs/Money.h"
#include "widgets/ApiErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

using shared::costs::CostBudget;

BudgetDialog::BudgetDialog(shared::ApiClient &api, const QString &organisation,
                           const std::optional<CostBudget> &current, QWidget *parent)
    : QDialog(parent)
    , m_costs(api)
    , m_organisation(organisation)
    , m_form(this)
{
    setWindowTitle(current ? tr("Change the budget %1").arg(current->name) : tr("New budget"));
    if (current)
        m_id = current->id;
    m_name = m_form.addLine(QStringLiteral("name"), tr("Name"), tr("e.g. Shop's cloud"));
    m_scope = new QComboBox(this);
    m_scope->setAccessibleName(tr("Covers"));
    m_scope->addItem(tr("The whole organisation"), QStringLiteral("organisation"));
    m_scope->addItem(tr("A project"), QStringLiteral("project"));
    m_scope->addItem(tr("An environment"), QStringLiteral("environment"));
    m_scope->addItem(tr("A team"), QStringLiteral("team"));
    m_form.addField(QStringLiteral("scope"), tr("Covers"), m_scope);
    m_target = m_form.addLine(QStringLiteral("target"), tr("Which"), tr("project slug, project/environment or team"));
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Every month"), QStringLiteral("monthly"));
    m_period->addItem(tr("From one day to another"), QStringLiteral("custom"));
    m_form.addField(QStringLiteral("period"), tr("Period"), m_period);
    m_start = m_form.addLine(QStringLiteral("start"), tr("First day"), tr("YYYY-MM-DD"));
    m_end = m_form.addLine(QStringLiteral("end"), tr("Day after the last"), tr("YYYY-MM-DD"));
    m_amount = m_form.addLine(QStringLiteral("amount"), tr("Amount"), tr("e.g. 1500"));
    m_currency = m_form.addLine(QStringLiteral("currency"), tr("Currency"), tr("ISO 4217, e.g. USD"));
    m_thresholds = m_form.addLine(QStringLiteral("thresholds"), tr("Alert at (%)"), tr("e.g. 50, 80, 100"));
    m_onForecast = new QCheckBox(tr("Alert when the forecast crosses a threshold, too"), this);
    if (current) {
        m_name->setText(current->name);
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(current->scope)));
        m_target->setText(current->target);
        m_period->setCurrentIndex(std::max(0, m_period->findData(current->period)));
        if (current->period == u"custom") {
            m_start->setText(current->start.toString(Qt::ISODate));
            m_end->setText(current->end.toString(Qt::ISODate));
        }
        m_amount->setText(shared::costs::decimalOfNanos(current->amountNanos));
        m_currency->setText(current->currency);
        QStringList thresholds;
        for (const int threshold : current->thresholds)
            thresholds.append(QString::number(threshold));
        m_thresholds->setText(thresholds.join(QStringLiteral(", ")));
        m_onForecast->setChecked(current->onForecast);
    } else {
        m_currency->setText(QStringLiteral("USD"));
        m_thresholds->setText(QStringLiteral("50, 80, 100"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("submit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BudgetDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BudgetDialog::showPeriodFields);
    connect(m_period, &QComboBox::currentIndexChanged, this, &BudgetDialog::showPeriodFields);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout());
    layout->addWidget(m_onForecast);
    layout->addStretch(1);
    layout->addWidget(buttons);
    showPeriodFields();
}

void BudgetDialog::showPeriodFields()
{
    const bool custom = m_period->currentData().toString() == u"custom";
    m_form.setFieldVisible(QStringLiteral("start"), custom);
    m_form.setFieldVisible(QStringLiteral("end"), custom);
    m_form.setFieldVisible(QStringLiteral("target"), m_scope->currentData().toString() != u"organisation");
}

void BudgetDialog::submit()
{
    m_form.clearErrors();
    shared::costs::CostBudgetFields fields;
    fields.name = m_name->text().trimmed();
    fields.scope = m_scope->currentData().toString();
    fields.target = *fields.scope == u"organisation" ? QString() : m_target->text().trimmed();
    fields.period = m_period->currentData().toString();
    if (*fields.period == u"custom") {
        fields.start = m_start->text().trimmed();
        fields.end = m_end->text().trimmed();
    }
    fields.amount = m_amount->text().trimmed();
    fields.currency = m_currency->text().trimmed().toUpper();
    QList<int> thresholds;
    for (const QString &part : m_thresholds->text().split(u',', Qt::SkipEmptyParts)) {
        bool number = false;
        const int percent = part.trimmed().toInt(&number);
        if (!number) {
            m_form.showErrors({{QStringLiteral("thresholds"), QString(),
                                tr("must be whole percents separated by commas, such as 50, 80, 100")}});
            return;
        }
        thresholds.append(percent);
    }
    fields.thresholds = thresholds;
    fields.onForecast = m_onForecast->isChecked();
    const auto done = [this](const shared::ApiResult<CostBudget> &result) {
        if (!result.ok()) {
            const shared::FieldErrors rest = m_form.showErrors(result.error().fieldErrors);
            if (result.error().fieldErrors.isEmpty() || !rest.isEmpty())
                m_form.showErrors({{QStringLiteral("name"), QString(),
                                    ApiErrorText::forAction(tr("Saving the budget"), result.error())}});
            return;
        }
        Q_EMIT saved(result.value());
        accept();
    };
    if (m_id)
        m_costs.updateBudget(m_organisation, *m_id, fields, this, done);
    else
        m_costs.createBudget(m_organisation, fields, this, done);
}

} // namespace adp::app
