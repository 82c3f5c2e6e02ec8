#pragma once

#include "shared/core/Invitation.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::orgs {

// The `invitations` table. "Pending" means neither accepted nor revoked and
// not yet expired at `nowMs`.
class InvitationRepository
{
public:
    explicit InvitationRepository(storage::Database &database)
        : m_database(database)
    {
    }

    struct Stored
    {
        shared::Invitation invitation;
        qint64 organisationId = 0;
    };

    qint64 insert(storage::Transaction &tx, qint64 organisationId, const shared::Invitation &invitation,
                  const QString &codeHash, qint64 invitedBy);
    QList<shared::Invitation> pending(qint64 organisationId, qint64 nowMs);
    std::optional<Stored> pendingById(const storage::Executor &run, qint64 organisationId, qint64 id, qint64 nowMs);
    std::optional<Stored> pendingByCode(const storage::Executor &run, const QString &codeHash, qint64 nowMs);
    QList<Stored> pendingForEmail(const storage::Executor &run, const QString &email, qint64 nowMs);
    bool isMemberEmail(const storage::Executor &run, qint64 organisationId, const QString &email);
    void markAccepted(storage::Transaction &tx, qint64 id, qint64 userId, qint64 nowMs);
    void markRevoked(storage::Transaction &tx, qint64 id, qint64 nowMs);

private:
    storage::Database &m_database;
};

} // namespace adp::server::orgs
