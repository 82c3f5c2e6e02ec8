#pragma once

#include "ports/ComplianceEvidence.h"
#include "shared/core/Organisation.h"
#include "storage/Executor.h"

namespace adp::server::projects {

// The `project_members` table: roles granted to users and teams.
class ProjectMemberRepository : public ports::MembershipRecords
{
public:
    explicit ProjectMemberRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // Users first, then teams, each by name.
    QList<shared::Member> list(qint64 projectId);
    // The current grant, or an empty role when there is none.
    QString roleOf(storage::Transaction &tx, qint64 projectId, shared::Member::Kind kind, qint64 id);
    void set(storage::Transaction &tx, qint64 projectId, shared::Member::Kind kind, qint64 id, shared::ProjectRole role,
             qint64 nowMs);
    // A first grant, where there can be none yet (a project being created).
    void add(storage::Transaction &tx, qint64 projectId, shared::Member::Kind kind, qint64 id, shared::ProjectRole role,
             qint64 nowMs);
    void remove(storage::Transaction &tx, qint64 projectId, shared::Member::Kind kind, qint64 id);

    // ports::MembershipRecords: people whose own grant is above all their teams' on a project
    // where one of their teams holds a role.
    QList<ports::RoleAboveTeams> rolesAboveTeams() override;

private:
    storage::Database &m_database;
};

} // namespace adp::server::projects
