#pragma once

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

// Looks accounts up for features that are not auth/ (implemented by its repository).
class UserDirectory
{
public:
    virtual ~UserDirectory() = default;
    virtual std::optional<UserEntry> userById(qint64 id) = 0;
    virtual std::optional<UserEntry> userNamed(const QString &username) = 0;
};

} // namespace adp::server::ports
