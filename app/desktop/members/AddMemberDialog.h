#pragma once

#include "shared/client/OrganisationsApi.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace adp::app {

// Asks who to add (a user, found as you type, or a team) and, where roles
// apply, with which role.
class AddMemberDialog : public QDialog
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList roles; // empty: no role to choose (team members)
        QString defaultRole;
        QStringList teams; // non-empty: a team may be chosen instead of a user
    };
    AddMemberDialog(shared::ApiClient &api, const Options &options, QWidget *parent = nullptr);

    shared::Member::Kind kind() const;
    QString name() const;
    QString role() const;

    QLineEdit *nameEdit() const { return m_name; }

private:
    void suggestUsers(const QString &text);

    shared::OrganisationsApi m_api;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name;
    QComboBox *m_team = nullptr;
    QComboBox *m_role = nullptr;
    QStringListModel *m_suggestions;
};

// The role names shown to people, in their language.
QString roleLabel(const QString &role);

} // namespace adp::app
