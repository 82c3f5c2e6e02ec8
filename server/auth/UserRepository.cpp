#include "UserRepository.h"

#include "storage/SqlText.h"

namespace adp::server::auth {

namespace {
const QString kColumns = QStringLiteral("id, username, password_hash, is_admin, created_at, email, is_auditor");
}

User UserRepository::fromRow(const storage::ResultSet &rows, int row)
{
    return {rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(),   rows.value(row, 2).toString(),
            rows.value(row, 3).toBool(),     rows.value(row, 4).toLongLong(), rows.value(row, 5).toString(),
            rows.value(row, 6).toBool()};
}

std::optional<User> UserRepository::findByUsername(const QString &username)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE username = ?"), {username});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows, 0);
}

std::optional<User> UserRepository::findById(qint64 id)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows, 0);
}

std::optional<User> UserRepository::findByEmail(const QString &email)
{
    if (email.trimmed().isEmpty())
        return std::nullopt;
    const auto rows = m_database.query(QStringLiteral("SELECT ") + kColumns +
                                           QStringLiteral(" FROM users WHERE LOWER(email) = ? ORDER BY id LIMIT 1"),
                                       {email.trimmed().toLower()});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows, 0);
}

qint64 UserRepository::count()
{
    return m_database.query(QStringLiteral("SELECT COUNT(*) FROM users")).value(0, 0).toLongLong();
}

QList<User> UserRepository::search(const QString &search, int limit)
{
    const auto rows = m_database.query(QStringLiteral("SELECT ") + kColumns +
                                           QStringLiteral(" FROM users WHERE LOWER(username) LIKE ? ESCAPE '\\' "
                                                          "ORDER BY username LIMIT ?"),
                                       {QString(u'%' + storage::escapeLike(search.toLower()) + u'%'), limit});
    QList<User> users;
    for (int row = 0; row < rows.size(); ++row)
        users.append(fromRow(rows, row));
    return users;
}

User UserRepository::insert(storage::Transaction &tx, User user)
{
    const auto rows = tx.exec(QStringLiteral("INSERT INTO users (username, password_hash, is_admin, created_at, email) "
                                             "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                              {user.username, user.passwordHash, user.isAdmin, user.createdAtMs, user.email});
    user.id = rows.value(0, 0).toLongLong();
    if (m_newAccounts)
        m_newAccounts->accountCreated(tx, user.id, user.isAdmin, user.createdAtMs);
    return user;
}

void UserRepository::setAuditor(storage::Transaction &tx, qint64 id, bool isAuditor)
{
    tx.exec(QStringLiteral("UPDATE users SET is_auditor = ? WHERE id = ?"), {isAuditor, id});
}

void UserRepository::setAdmin(storage::Transaction &tx, qint64 id, bool isAdmin)
{
    tx.exec(QStringLiteral("UPDATE users SET is_admin = ? WHERE id = ?"), {isAdmin, id});
}

namespace {

std::optional<ports::UserEntry> entryOf(const std::optional<User> &user)
{
    if (!user)
        return std::nullopt;
    return ports::UserEntry{user->id, user->username, user->isAdmin, user->isAuditor};
}

} // namespace

std::optional<ports::UserEntry> UserRepository::userById(qint64 id)
{
    return entryOf(findById(id));
}

std::optional<ports::UserEntry> UserRepository::userNamed(const QString &username)
{
    return entryOf(findByUsername(username));
}

QList<ports::Account> UserRepository::accounts()
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT id, username, created_at FROM users ORDER BY username"), {});
    return rows.map([&rows](int row) {
        return ports::Account{rows.value(row, 0).toLongLong(), rows.value(row, 1).toString(),
                              rows.value(row, 2).toLongLong()};
    });
}

} // namespace adp::server::auth
