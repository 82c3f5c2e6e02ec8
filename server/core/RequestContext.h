#pragma once

#include <QString>
#include <QStringList>

namespace adp::server {

// Who is acting, from their session or API token. Organisation and project
// roles are not carried here: access::AccessResolver reads them per resource.
struct Actor
{
    qint64 userId = 0;
    QString username;
    bool isAdmin = false;
    QString sessionId; // short, non-secret prefix of the session's hash, for audit
    // Empty for a signed-in session (everything the user may do); an API
    // token's scopes otherwise: "api" for everything, "read_api" for reads.
    QStringList scopes;
    qint64 tokenId = 0; // the API token in use, 0 for a session
    // A project token's project and role (a shared::ProjectRole value): the
    // actor sees nothing else and does at most that there. 0 for everyone else.
    qint64 projectLimit = 0;
    int projectRoleCap = 0;
    bool isAuditor = false; // may read the audit trail (administrators may anyway)

    bool mayWrite() const { return scopes.isEmpty() || scopes.contains(QStringLiteral("api")); }
    // The audit trail (its list, verification and live feed): administrators and auditors.
    bool mayReadAudit() const { return isAdmin || (isAuditor && projectLimit == 0); }
};

// Where a request came from, for audit and logs.
struct RequestMeta
{
    QString requestId;
    QString ip;
    QString userAgent;
};

// What every service mutation takes: the actor and the request that asked,
// carried to the one place the audit trail is written.
struct MutationContext
{
    Actor actor;
    RequestMeta request;

    // An operator or the server itself acting outside any HTTP request
    // (first start, adp-server commands); it may do anything.
    static MutationContext system(const QString &actorName, const QString &requestId)
    {
        Actor actor;
        actor.username = actorName;
        actor.isAdmin = true;
        return {actor, {requestId, {}, {}}};
    }
};

} // namespace adp::server
