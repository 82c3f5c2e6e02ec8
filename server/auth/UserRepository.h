#pragma once

#include "User.h"
#include "ports/ComplianceEvidence.h"
#include "ports/UserDirectory.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::auth {

// The `users` table.
class UserRepository : public ports::UserDirectory, public ports::AccountRecords
{
public:
    explicit UserRepository(storage::Database &database)
        : m_database(database)
    {
    }

    std::optional<User> findByUsername(const QString &username);
    std::optional<User> findById(qint64 id);
    std::optional<ports::UserEntry> userById(qint64 id) override;
    std::optional<ports::UserEntry> userNamed(const QString &username) override;
    // Case-insensitive; nullopt for an empty address.
    std::optional<User> findByEmail(const QString &email);
    qint64 count();
    // Usernames containing `search` (case-insensitive), by name, at most `limit`.
    QList<User> search(const QString &search, int limit);
    // Throws StorageError::UniqueViolation when the username is taken. The listener (the
    // organisations feature) is told in the same transaction.
    User insert(storage::Transaction &tx, User user);
    void setNewAccountListener(ports::NewAccountListener *listener) { m_newAccounts = listener; }
    void setAdmin(storage::Transaction &tx, qint64 id, bool isAdmin);
    void setAuditor(storage::Transaction &tx, qint64 id, bool isAuditor);
    // ports::AccountRecords: every account, by name.
    QList<ports::Account> accounts() override;

private:
    static User fromRow(const storage::ResultSet &rows, int row);
    storage::Database &m_database;
    ports::NewAccountListener *m_newAccounts = nullptr;
};

} // namespace adp::server::auth
