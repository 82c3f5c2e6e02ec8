#include "OutcomeChoices.h"

#include <QComboBox>

namespace adp::app {

QComboBox *OutcomeChoices::make(QWidget *parent)
{
    auto *choices = new QComboBox(parent);
    choices->setAccessibleName(tr("Outcome"));
    choices->addItem(tr("Any outcome"), QString());
    choices->addItem(tr("Succeeded"), QStringLiteral("success"));
    choices->addItem(tr("Refused or failed"), QStringLiteral("failure"));
    return choices;
}

} // namespace adp::app
