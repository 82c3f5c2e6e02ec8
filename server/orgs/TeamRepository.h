#pragma once

#include "ports/OrganisationDirectory.h"
#include "shared/core/Organisation.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::orgs {

// The `teams` and `team_members` tables. Teams live inside one organisation.
class TeamRepository : public ports::TeamDirectory
{
public:
    explicit TeamRepository(storage::Database &database)
        : m_database(database)
    {
    }

    QList<shared::Team> list(qint64 organisationId);
    // `key` is a numeric id or a slug, within the organisation.
    std::optional<shared::Team> find(qint64 organisationId, const QString &key) override;

    shared::Team insert(storage::Transaction &tx, shared::Team team, qint64 organisationId);
    void update(storage::Transaction &tx, const shared::Team &team);
    void remove(storage::Transaction &tx, qint64 id);

    QList<shared::Member> members(qint64 teamId);
    bool hasMember(storage::Transaction &tx, qint64 teamId, qint64 userId);
    void addMember(storage::Transaction &tx, qint64 teamId, qint64 userId, qint64 nowMs);
    void removeMember(storage::Transaction &tx, qint64 teamId, qint64 userId);
    // Takes the user out of every team of the organisation (they are leaving it).
    void removeFromOrganisation(storage::Transaction &tx, qint64 organisationId, qint64 userId);

private:
    QList<shared::Team> select(const QString &where, const storage::SqlParams &params);
    storage::Database &m_database;
};

} // namespace adp::server::orgs
