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
};

} // namespace adp::server::auth
