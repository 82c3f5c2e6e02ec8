#include "UserRepository.h"

namespace adp::server::auth {

namespace {
const QString kColumns = QStringLiteral("id, username, password_hash, is_admin, created_at");
}

User UserRepository::fromRow(const storage::ResultSet &rows, int row)
{
    return {rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(), rows.value(row, 2).toString(),
            rows.value(row, 3).toBool(), rows.value(row, 4).toLongLong()};
}

std::optional<User> UserRepository::findByUsername(const QString &username)
{
    const auto rows = m_database.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE username = ?"),
                                       {username});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows, 0);
}

std::optional<User> UserRepository::findById(qint64 id)
{
    const auto rows = m_database.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows, 0);
}

qint64 UserRepository::count()
{
    return m_database.query(QStringLiteral("SELECT COUNT(*) FROM users")).value(0, 0).toLongLong();
}

User UserRepository::insert(storage::Transaction &tx, User user)
{
    const auto rows = tx.exec(QStringLiteral("INSERT INTO users (username, password_hash, is_admin, created_at) "
                                             "VALUES (?, ?, ?, ?) RETURNING id"),
                              {user.username, user.passwordHash, user.isAdmin, user.createdAtMs});
    user.id = rows.value(0, 0).toLongLong();
    return user;
}

void UserRepository::setAdmin(storage::Transaction &tx, qint64 id, bool isAdmin)
{
    tx.exec(QStringLiteral("UPDATE users SET is_admin = ? WHERE id = ?"), {isAdmin, id});
}

} // namespace adp::server::auth
