#pragma once

#include "shared/client/ApiClient.h"
#include "shared/core/AuditEvent.h"

#include <QWidget>

class QComboBox;

namespace adp::app {

// Where the audit view looks: everywhere, one organisation (with its projects), or one project
// and, within it, one environment. Lists what the server names; a choice made before the lists
// arrive (a compliance finding's) is kept and selected when they do.
class AuditScopePicker : public QWidget
{
    Q_OBJECT

public:
    explicit AuditScopePicker(shared::ApiClient &api, QWidget *parent = nullptr);

    shared::AuditScope scope() const;
    void setScope(const shared::AuditScope &scope);
    QComboBox *places() const { return m_places; }
    QComboBox *environments() const { return m_environments; }

Q_SIGNALS:
    void changed();

private:
    void loadOrganisations();
    void loadProjects(const QString &cursor, int pagesLeft);
    void loadEnvironments();
    void selectWanted();

    shared::ApiClient &m_api;
    QComboBox *m_places;       // data: {kind, id, project path}
    QComboBox *m_environments; // data: the environment's id
    shared::AuditScope m_wanted;
};

} // namespace adp::app
