#pragma once

#include <QString>

namespace adp::server::auth {

// A local account as stored.
struct User
{
    qint64 id = 0;
    QString username;
    QString passwordHash;
    bool isAdmin = false;
    qint64 createdAtMs = 0;
    QString email;          // optional; lets a sign-in provider's verified email find this account
    bool isAuditor = false; // reads and verifies the audit trail
};

} // namespace adp::server::auth
