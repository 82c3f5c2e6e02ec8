#pragma once

#include "shared/audit/ExportVerifier.h"
#include "shared/client/AuditApi.h"
#include "shared/client/EventsClient.h"

#include <QWidget>

class QLineEdit;
class QDateTimeEdit;
class QCheckBox;
class QComboBox;
class QTableView;
class QLabel;

namespace adp::app {

class AuditExportTask;
class AuditModel;
class AuditScopePicker;
class ErrorBanner;

// The Audit area for administrators and auditors: filters by actor, action, target, scope
// and time, the trail newest first with live additions, a chain check, and signed exports.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    AuditScopePicker *scopePicker() const { return m_scope; }
    QTableView *table() const { return m_table; }
    void applyFilters();
    // Shows the events `query` passes (a compliance finding's), its filters in the fields.
    void showEvents(const shared::AuditQuery &query);
    void verifyChain();
    QString verificationText() const;
    // Exports what the filters pass to `path` (.csv or .jsonl) and checks the file; "Export…" asks where.
    void exportTo(const QString &path);
    void cancelExport();
    AuditExportTask *exportTask() const { return m_export; }

private:
    shared::AuditQuery currentFilters() const;
    void chooseExportFile();
    void showExportResult(const QString &path, const shared::audit::ExportCheck &check);

    shared::AuditApi m_api;
    AuditModel *m_model;
    QLineEdit *m_actor;
    QLineEdit *m_action;
    QLineEdit *m_target;
    QComboBox *m_outcome;
    AuditScopePicker *m_scope;
    QCheckBox *m_useSince;
    QDateTimeEdit *m_since;
    QTableView *m_table;
    QLabel *m_verification;
    ErrorBanner *m_banner;
    AuditExportTask *m_export;
    QWidget *m_exportProgress;
    QLabel *m_exportBytes;
};

} // namespace adp::app
