#pragma once

#include "core/RequestContext.h"
#include "storage/Transaction.h"

#include <QString>
#include <optional>

namespace adp::server::ports {

// An account as other features see it: who, never their credentials. Only auth/ writes `users`.
struct UserEntry
{
    qint64 id = 0;
    QString username;
    bool isAdmin = false;
    bool isAuditor = false;
};

// The account acting, for a check made without a request (a deploy job started by its pipeline).
inline Actor actorOf(const UserEntry &user)
{
    Actor actor;
    actor.userId = user.id;
    actor.username = user.username;
    actor.isAdmin = user.isAdmin;
    actor.isAuditor = user.isAuditor;
    return actor;
}

// Looks accounts up for features that are not auth/ (implemented by its repository).
class UserDirectory
{
public:
    virtual ~UserDirectory() = default;
    virtual std::optional<UserEntry> userById(qint64 id) = 0;
    virtual std::optional<UserEntry> userNamed(const QString &username) = 0;
};

// Told of each account made, in the transaction that makes it: the organisations feature takes it
// into the default organisation (administrators as owners).
class NewAccountListener
{
public:
    virtual ~NewAccountListener() = default;
    virtual void accountCreated(storage::Transaction &tx, qint64 userId, bool isAdmin, qint64 nowMs) = 0;
};

} // namespace adp::server::ports
