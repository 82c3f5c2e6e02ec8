#include "AuthService.h"

#include "crypto/PasswordHasher.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <spdlog/spdlog.h>

namespace adp::server::auth {

using shared::FieldError;
namespace fieldcodes = shared::fieldcodes;

AuthService::AuthService(storage::Database &database, UserRepository &users, SessionStore &sessions,
                         const audit::AuditRecorder &audit, const Clock &clock, qint64 sessionTtlMs,
                         qint64 sessionMaxMs, LoginThrottle &throttle)
    : m_database(database)
    , m_users(users)
    , m_sessions(sessions)
    , m_audit(audit)
    , m_clock(clock)
    , m_sessionTtlMs(sessionTtlMs)
    , m_sessionMaxMs(std::max(sessionMaxMs, sessionTtlMs))
    , m_throttle(throttle)
{
}

shared::FieldErrors AuthService::validateCredentials(const QString &username, const QString &password)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    shared::FieldErrors errors;
    if (username.isEmpty())
        errors.append(
            {QStringLiteral("username"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    else if (username.size() > kUsernameMax)
        errors.append({QStringLiteral("username"), QString::fromLatin1(fieldcodes::TooLong),
                       QStringLiteral("must be at most %1 characters").arg(kUsernameMax)});
    else if (!pattern.match(username).hasMatch())
        errors.append(
            {QStringLiteral("username"), QString::fromLatin1(fieldcodes::InvalidFormat),
             QStringLiteral("may contain letters, digits, '.', '_' and '-', starting with a letter or digit")});
    if (password.size() < kPasswordMin)
        errors.append({QStringLiteral("password"), QString::fromLatin1(fieldcodes::TooShort),
                       QStringLiteral("must be at least %1 characters").arg(kPasswordMin)});
    else if (password.size() > kPasswordMax)
        errors.append({QStringLiteral("password"), QString::fromLatin1(fieldcodes::TooLong),
                       QStringLiteral("must be at most %1 characters").arg(kPasswordMax)});
    return errors;
}

Session AuthService::newSession(const User &user, const QString &tokenHash, const RequestMeta &meta) const
{
    const qint64 now = m_clock.nowMs();
    return {tokenHash, user.id,        user.username, user.isAdmin, now, now + std::min(m_sessionTtlMs, m_sessionMaxMs),
            meta.ip,   meta.userAgent, user.isAuditor};
}

Outcome<LoginResult> AuthService::login(const QString &username, const QString &password, const RequestMeta &meta)
{
    if (const auto wait = m_throttle.retryAfter(username.left(kUsernameMax), meta.ip)) {
        storage::Transaction tx(m_database);
        m_audit.record(
            tx, {{0, username.left(kUsernameMax), false, {}}, meta},
            {QStringLiteral("auth.login_rate_limited"), QStringLiteral("user"), username.left(kUsernameMax), {}, {}});
        tx.commit();
        return ServiceError::rateLimited(QStringLiteral("Too many failed sign-ins; try again in %1 seconds").arg(*wait),
                                         *wait);
    }
    const auto user = username.size() <= kUsernameMax ? m_users.findByUsername(username) : std::nullopt;
    const bool valid = user ? crypto::PasswordHasher::verify(user->passwordHash, password)
                            : (crypto::PasswordHasher::verifyDummy(password), false);

    MutationContext context{{user ? user->id : 0, username.left(kUsernameMax), user && user->isAdmin, {}}, meta};
    if (!valid) {
        m_throttle.recordFailure(username.left(kUsernameMax), meta.ip);
        storage::Transaction tx(m_database);
        m_audit.record(
            tx, context,
            {QStringLiteral("auth.login_failed"), QStringLiteral("user"), username.left(kUsernameMax), {}, {}});
        tx.commit();
        spdlog::info("login failed for user '{}' from {}", username.left(kUsernameMax).toStdString(),
                     meta.ip.toStdString());
        return ServiceError::unauthenticated(QStringLiteral("Wrong username or password"));
    }

    m_throttle.recordSuccess(username, meta.ip);
    return startSession(*user, meta, QStringLiteral("password"));
}

LoginResult AuthService::startSession(const User &user, const RequestMeta &meta, const QString &via)
{
    LoginResult result;
    result.token = crypto::Secrets::randomToken();
    result.user = user;
    const Session session = newSession(user, crypto::Secrets::tokenHash(result.token), meta);
    result.expiresAtMs = session.expiresAtMs;
    m_sessions.put(session);
    storage::Transaction tx(m_database);
    const MutationContext context{{user.id, user.username, user.isAdmin, session.tokenHash.left(12), {}, 0}, meta};
    m_audit.record(tx, context,
                   {QStringLiteral("auth.login"),
                    QStringLiteral("user"),
                    QString::number(user.id),
                    {},
                    QJsonObject{{QStringLiteral("via"), via}}});
    tx.commit();
    return result;
}

std::optional<Actor> AuthService::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    const QString hash = crypto::Secrets::tokenHash(token);
    const qint64 now = m_clock.nowMs();
    const auto session = m_sessions.find(hash, now);
    if (!session)
        return std::nullopt;
    // Slide, but write only once half the idle time is used up, and never past the cap.
    const qint64 slid = std::min(now + m_sessionTtlMs, session->createdAtMs + m_sessionMaxMs);
    if (session->expiresAtMs - now < m_sessionTtlMs / 2 && slid > session->expiresAtMs)
        m_sessions.extend(hash, slid, now);
    Actor actor{session->userId, session->username, session->isAdmin, hash.left(12), {}, 0};
    actor.isAuditor = session->isAuditor;
    return actor;
}

Outcome<int> AuthService::setAuditor(const MutationContext &context, const QString &username, bool isAuditor)
{
    const auto user = m_users.findByUsername(username);
    if (!user)
        return ServiceError::notFound(QStringLiteral("User"));
    if (user->isAuditor == isAuditor)
        return 0;
    {
        storage::Transaction tx(m_database);
        m_users.setAuditor(tx, user->id, isAuditor);
        m_audit.record(tx, context,
                       {QStringLiteral("user.role_changed"), QStringLiteral("user"), QString::number(user->id),
                        QJsonObject{{QStringLiteral("is_auditor"), user->isAuditor}},
                        QJsonObject{{QStringLiteral("is_auditor"), isAuditor}}});
        tx.commit();
    }
    return endSessions(user->id, {}); // a privilege change means new sessions
}

Outcome<int> AuthService::setAdmin(const MutationContext &context, const QString &username, bool isAdmin)
{
    const auto user = m_users.findByUsername(username);
    if (!user)
        return ServiceError::notFound(QStringLiteral("User"));
    if (user->isAdmin == isAdmin)
        return 0;
    {
        storage::Transaction tx(m_database);
        m_users.setAdmin(tx, user->id, isAdmin);
        m_audit.record(tx, context,
                       {QStringLiteral("user.role_changed"), QStringLiteral("user"), QString::number(user->id),
                        QJsonObject{{QStringLiteral("is_admin"), user->isAdmin}},
                        QJsonObject{{QStringLiteral("is_admin"), isAdmin}}});
        tx.commit();
    }
    return endSessions(user->id, {});
}

int AuthService::endSessions(qint64 userId, const QString &keepTokenHash)
{
    int ended = 0;
    for (const Session &session : m_sessions.listForUser(userId, m_clock.nowMs())) {
        if (session.tokenHash == keepTokenHash)
            continue;
        m_sessions.remove(session.tokenHash);
        ++ended;
    }
    return ended;
}

QList<Session> AuthService::sessionsOf(const Actor &actor)
{
    return m_sessions.listForUser(actor.userId, m_clock.nowMs());
}

Outcome<Unit> AuthService::revokeSession(const MutationContext &context, const QString &sessionId)
{
    if (sessionId.size() < 16)
        return ServiceError::notFound(QStringLiteral("Session"));
    for (const Session &session : sessionsOf(context.actor)) {
        if (publicSessionId(session.tokenHash) != sessionId)
            continue;
        m_sessions.remove(session.tokenHash);
        storage::Transaction tx(m_database);
        m_audit.record(
            tx, context,
            {QStringLiteral("session.revoked"),
             QStringLiteral("session"),
             sessionId,
             QJsonObject{{QStringLiteral("ip"), session.ip}, {QStringLiteral("user_agent"), session.userAgent}},
             {}});
        tx.commit();
        return Unit{};
    }
    return ServiceError::notFound(QStringLiteral("Session"));
}

Outcome<int> AuthService::revokeOtherSessions(const MutationContext &context, const QString &currentToken)
{
    const int ended = endSessions(context.actor.userId,
                                  currentToken.isEmpty() ? QString() : crypto::Secrets::tokenHash(currentToken));
    storage::Transaction tx(m_database);
    m_audit.record(tx, context,
                   {QStringLiteral("session.revoked_all"),
                    QStringLiteral("user"),
                    QString::number(context.actor.userId),
                    {},
                    QJsonObject{{QStringLiteral("ended"), ended}}});
    tx.commit();
    return ended;
}

void AuthService::logout(const QString &token, const MutationContext &context)
{
    m_sessions.remove(crypto::Secrets::tokenHash(token));
    storage::Transaction tx(m_database);
    m_audit.record(
        tx, context,
        {QStringLiteral("auth.logout"), QStringLiteral("user"), QString::number(context.actor.userId), {}, {}});
    tx.commit();
}

Outcome<User> AuthService::createUser(const QString &username, const QString &password, bool isAdmin,
                                      const MutationContext &context, const QString &email)
{
    shared::FieldErrors errors = validateCredentials(username, password);
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && (email.size() > 254 || !emailPattern.match(email).hasMatch()))
        errors.append({QStringLiteral("email"), QString::fromLatin1(fieldcodes::InvalidFormat),
                       QStringLiteral("is not an email address")});
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    User user{0, username, crypto::PasswordHasher::hash(password), isAdmin, m_clock.nowMs(), email};
    try {
        storage::Transaction tx(m_database);
        user = m_users.insert(tx, user);
        m_audit.record(tx, context,
                       {QStringLiteral("user.created"),
                        QStringLiteral("user"),
                        QString::number(user.id),
                        {},
                        QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("is_admin"), isAdmin}}});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() != storage::StorageError::Kind::UniqueViolation)
            throw;
        return ServiceError::conflict(
            QStringLiteral("A user with this name exists"),
            {{QStringLiteral("username"), QString::fromLatin1(fieldcodes::Taken), QStringLiteral("is already taken")}});
    }
    return user;
}

void AuthService::createSessionWithToken(const User &user, const QString &token, const RequestMeta &meta)
{
    m_sessions.put(newSession(user, crypto::Secrets::tokenHash(token), meta));
}

} // namespace adp::server::auth
