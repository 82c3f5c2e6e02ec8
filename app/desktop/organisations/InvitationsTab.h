#pragma once

#include "shared/client/InvitationsApi.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace adp::app {

class ErrorBanner;

// An organisation's pending invitations: its admins invite an address with a
// role (the one-time code is shown once, to pass on) and revoke invitations.
class InvitationsTab : public QWidget
{
    Q_OBJECT

public:
    // Shows a new invitation's code once; a seam so tests can read it.
    using ShowCode = std::function<void(QWidget *parent, const shared::CreatedInvitation &created)>;

    InvitationsTab(shared::ApiClient &api, ErrorBanner *banner, QWidget *parent = nullptr);

    void setShowCode(ShowCode show) { m_showCode = std::move(show); }
    QTableWidget *table() const { return m_table; }
    QPushButton *inviteButton() const { return m_invite; }

    // Shows `organisation`'s invitations when the caller may manage them.
    void setOrganisation(const QString &organisation, bool manageable);
    void invite(const QString &email, const QString &role);
    void revokeSelected();

Q_SIGNALS:
    void reloaded();

private:
    void reload();
    void openInviteDialog();

    shared::InvitationsApi m_api;
    ErrorBanner *m_banner;
    QString m_organisation;
    int m_generation = 0;
    QTableWidget *m_table;
    QPushButton *m_invite;
    QPushButton *m_revoke;
    ShowCode m_showCode;
};

} // namespace adp::app
