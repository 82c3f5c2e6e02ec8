#pragma once

#include "shared/client/AuditStreamsApi.h"

#include <QDialog>
#include <functional>
#include <optional>

class QPushButton;
class QTableWidget;

namespace adp::app {

class ErrorBanner;

// The audit streams administrators and auditors keep: where the trail goes as it is sealed, how
// far each receiver has taken it and why one is stuck. Add asks for a name, the receiver's URL
// and filters, then shows the verification token once; Pause/Resume and Delete act on the
// selected stream.
class AuditStreamsDialog : public QDialog
{
    Q_OBJECT

public:
    // Seams for tests: what Add asks, how the new token is shown, what Delete confirms.
    using AskFields = std::function<std::optional<shared::AuditStreamFields>(QWidget *parent)>;
    using ShowToken = std::function<void(QWidget *parent, const shared::AuditStream &created)>;
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;

    explicit AuditStreamsDialog(shared::ApiClient &api, QWidget *parent = nullptr);

    void setAskFields(AskFields ask) { m_askFields = std::move(ask); }
    void setShowToken(ShowToken show) { m_showToken = std::move(show); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QTableWidget *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }

    void reload();
    void addStream();
    void toggleSelected(); // pause or resume
    void deleteSelected();

Q_SIGNALS:
    void reloaded();

private:
    std::optional<shared::AuditStream> selected() const;
    void showStreams(const QList<shared::AuditStream> &streams);
    void updateActions();
    static std::optional<shared::AuditStreamFields> askFields(QWidget *parent);

    shared::AuditStreamsApi m_api;
    QList<shared::AuditStream> m_rows;
    AskFields m_askFields;
    ShowToken m_showToken;
    Confirm m_confirm;
    ErrorBanner *m_banner;
    QTableWidget *m_table;
    QPushButton *m_toggle;
    QPushButton *m_delete;
};

} // namespace adp::app
