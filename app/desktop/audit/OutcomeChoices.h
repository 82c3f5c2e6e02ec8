#pragma once

#include <QCoreApplication>

class QComboBox;
class QWidget;

namespace adp::app {

// The audit outcome filter as a choice (any, succeeded, refused or failed), its data the API's
// value ("", "success", "failure"): the Audit view's filter and a stream's.
class OutcomeChoices
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeChoices)

public:
    static QComboBox *make(QWidget *parent);
};

} // namespace adp::app
