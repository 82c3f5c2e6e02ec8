#pragma once

#include "shared/client/ComplianceApi.h"
#include "shared/core/AuditEvent.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace adp::app {

class ErrorBanner;

// Compliance checks on demand, for administrators and auditors: the period and limits, then each
// check with its verdict and, under a failed one, what it found. Opening a finding shows its audit
// events in the Audit view (the dialog hands over the finding's filter and closes).
class ComplianceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComplianceDialog(shared::ApiClient &api, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *headline() const { return m_headline; }
    ErrorBanner *banner() const { return m_banner; }
    QSpinBox *signInThreshold() const { return m_signInThreshold; }
    void runChecks();
    // The audit filter of the chosen finding, once one was opened.
    const std::optional<shared::AuditQuery> &chosenEvents() const { return m_chosen; }
    void openFinding(QTreeWidgetItem *item);

Q_SIGNALS:
    void reportShown();

private:
    shared::ComplianceQuery query() const;
    void showReport(const shared::ComplianceReport &report);

    shared::ComplianceApi m_api;
    QDateTimeEdit *m_since;
    QDateTimeEdit *m_until;
    QSpinBox *m_staleDays;
    QSpinBox *m_rotationDays;
    QSpinBox *m_signInThreshold;
    QPushButton *m_run;
    QLabel *m_headline;
    QTreeWidget *m_tree;
    ErrorBanner *m_banner;
    std::optional<shared::AuditQuery> m_chosen;
};

} // namespace adp::app
