#pragma once

#include "ports/ComplianceEvidence.h"
#include "shared/core/ApiToken.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::auth {

// The `api_tokens` table. A token is personal (no project) or a project's; only its hash is kept.
class ApiTokenRepository : public ports::TokenRecords
{
public:
    explicit ApiTokenRepository(storage::Database &database)
        : m_database(database)
    {
    }

    // Whose tokens: a user's personal ones, or a project's.
    struct Owner
    {
        enum class Kind { User, Project } kind = Kind::User;
        qint64 id = 0;
    };

    struct NewToken
    {
        qint64 userId = 0; // who made it (for a project token, whom it acts as)
        QString name;
        QString hash;
        QStringList scopes;
        qint64 createdMs = 0;
        qint64 expiresMs = 0;
        std::optional<qint64> projectId;
        QString projectRole;
    };
    qint64 insert(storage::Transaction &tx, const NewToken &token);
    // Tokens not revoked (expired ones count: they are revoked by their owner or expire away).
    qint64 activeCount(const Owner &owner);
    // Tokens neither revoked nor expired at `nowMs`, by id.
    QList<shared::ApiToken> list(const Owner &owner, qint64 nowMs);
    // Revokes the owner's token `id`; the token as it was, or nullopt when the owner has no such token.
    std::optional<shared::ApiToken> revoke(storage::Transaction &tx, const Owner &owner, qint64 id, qint64 nowMs);

    // What a request's bearer token stands for.
    struct Bearer
    {
        qint64 tokenId = 0;
        QStringList scopes;
        qint64 lastUsedMs = 0;
        qint64 userId = 0;
        QString username;
        bool isAdmin = false;
        bool isAuditor = false;
        std::optional<qint64> projectId;
        QString projectRole;
    };
    // The unrevoked, unexpired token with this hash.
    std::optional<Bearer> findActive(const QString &hash, qint64 nowMs);
    // ports::TokenRecords: every live token, personal and projects', by id.
    QList<ports::LiveToken> liveTokens(qint64 nowMs) override;
    void touch(qint64 tokenId, qint64 nowMs);

private:
    static QString conditionOf(const Owner &owner);
    storage::Database &m_database;
};

} // namespace adp::server::auth
