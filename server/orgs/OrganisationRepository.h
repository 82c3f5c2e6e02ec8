#pragma once

#include "ports/OrganisationDirectory.h"
#include "ports/UserDirectory.h"
#include "shared/core/Organisation.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::orgs {

// The `organisations` and `organisation_members` tables.
class OrganisationRepository : public ports::OrganisationDirectory, public ports::NewAccountListener
{
public:
    static constexpr qint64 kDefaultId = 1; // every new account joins it

    explicit OrganisationRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // `key` is a numeric id or a slug.
    std::optional<shared::Organisation> find(const QString &key) override;
    // Every new account joins the default organisation, administrators as owners.
    void accountCreated(storage::Transaction &tx, qint64 userId, bool isAdmin, qint64 nowMs) override;
    // Every organisation `userId` belongs to with their role, or all of them (as owner) for an administrator.
    QList<shared::Organisation> listFor(qint64 userId, bool isAdmin);

    shared::Organisation insert(storage::Transaction &tx, shared::Organisation organisation);
    void update(storage::Transaction &tx, const shared::Organisation &organisation);
    void remove(storage::Transaction &tx, qint64 id);
    qint64 projectCount(storage::Transaction &tx, qint64 id);

    QList<shared::Member> members(qint64 organisationId);
    shared::OrganisationRole roleOf(const storage::Executor &run, qint64 organisationId, qint64 userId);
    void setMember(storage::Transaction &tx, qint64 organisationId, qint64 userId, shared::OrganisationRole role,
                   qint64 nowMs);
    // Also leaves every team of the organisation.
    void removeMember(storage::Transaction &tx, qint64 organisationId, qint64 userId);
    qint64 ownerCount(storage::Transaction &tx, qint64 organisationId);

private:
    storage::Database &m_database;
};

} // namespace adp::server::orgs
