#pragma once

#include "LoginThrottle.h"
#include "Session.h"
#include "User.h"
#include "UserRepository.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"

namespace adp::server::auth {

struct LoginResult
{
    QString token; // shown to the client once; only its hash is stored
    qint64 expiresAtMs = 0;
    User user;
};

// Local accounts and sessions: sign in, resolve a bearer token to an Actor,
// sign out, create users, and start sessions for those who proved who they
// are elsewhere (API tokens and provider sign-in have their own services).
class AuthService
{
public:
    static constexpr int kUsernameMax = 64;
    static constexpr int kPasswordMin = 8;
    static constexpr int kPasswordMax = 1024;

    // Sessions slide: each use pushes the expiry to `sessionTtlMs` from now,
    // but never past `sessionMaxMs` after sign-in.
    AuthService(storage::Database &database, UserRepository &users, SessionStore &sessions,
                const audit::AuditRecorder &audit, const Clock &clock, qint64 sessionTtlMs, qint64 sessionMaxMs,
                LoginThrottle &throttle);

    Outcome<LoginResult> login(const QString &username, const QString &password, const RequestMeta &meta);
    std::optional<Actor> authenticate(const QString &token);
    void logout(const QString &token, const MutationContext &context);

    Outcome<User> createUser(const QString &username, const QString &password, bool isAdmin,
                             const MutationContext &context, const QString &email = {});
    // A new session for a user who proved who they are some other way (a
    // sign-in provider); `via` names it in the audit trail.
    LoginResult startSession(const User &user, const RequestMeta &meta, const QString &via);
    // A session for `user` under a token chosen by the caller (the desktop's
    // "This computer" hand-off). The token must be high-entropy.
    void createSessionWithToken(const User &user, const QString &token, const RequestMeta &meta);

    // Grants or withdraws administration. The user's sessions end: privileges
    // are part of a session, so a changed role needs a new sign-in (a new token).
    Outcome<int> setAdmin(const MutationContext &context, const QString &username, bool isAdmin);
    // Grants or withdraws reading the audit trail; ends the user's sessions like setAdmin.
    Outcome<int> setAuditor(const MutationContext &context, const QString &username, bool isAuditor);

    // The caller's own sessions; `currentHash` marks the one in use.
    QList<Session> sessionsOf(const Actor &actor);
    Outcome<Unit> revokeSession(const MutationContext &context, const QString &sessionId);
    // Every session of the caller but the current one; returns how many ended.
    Outcome<int> revokeOtherSessions(const MutationContext &context, const QString &currentToken);
    static QString publicSessionId(const QString &tokenHash) { return tokenHash.left(16); }

    static shared::FieldErrors validateCredentials(const QString &username, const QString &password);

private:
    // Ends the user's sessions but `keepTokenHash`; returns how many ended.
    int endSessions(qint64 userId, const QString &keepTokenHash);
    Session newSession(const User &user, const QString &tokenHash, const RequestMeta &meta) const;

    storage::Database &m_database;
    UserRepository &m_users;
    SessionStore &m_sessions;
    const audit::AuditRecorder &m_audit;
    const Clock &m_clock;
    qint64 m_sessionTtlMs;
    qint64 m_sessionMaxMs;
    LoginThrottle &m_throttle;
};

} // namespace adp::server::auth
