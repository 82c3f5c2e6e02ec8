#pragma once

#include "shared/client/AuditApi.h"
#include "shared/client/EventsClient.h"

#include <QWidget>

class QLineEdit;
class QDateTimeEdit;
class QCheckBox;
class QTableView;
class QLabel;

namespace adp::app {

class AuditModel;
class ErrorBanner;

// The Audit area for administrators: filters by actor, action, target and
// time, the trail newest first with live additions, and a chain check.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void applyFilters();
    void verifyChain();
    QString verificationText() const;

private:
    shared::AuditApi m_api;
    AuditModel *m_model;
    QLineEdit *m_actor;
    QLineEdit *m_action;
    QLineEdit *m_target;
    QCheckBox *m_useSince;
    QDateTimeEdit *m_since;
    QTableView *m_table;
    QLabel *m_verification;
    ErrorBanner *m_banner;
};

} // namespace adp::app
