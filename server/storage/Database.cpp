#include "Database.h"

#include "PostgresDatabase.h"
#include "SqliteDatabase.h"
#include "StorageError.h"

namespace adp::server::storage {

ResultSet Database::query(const QString &sql, const SqlParams &params)
{
    ConnectionLease connection = acquire();
    return connection->exec(sql, params);
}

bool Database::ping()
{
    try {
        return query(QStringLiteral("SELECT 1")).size() == 1;
    } catch (const StorageError &) {
        return false;
    }
}

std::unique_ptr<Database> Database::open(const QString &url, int poolSize)
{
    if (url.startsWith(QStringLiteral("postgres://")) || url.startsWith(QStringLiteral("postgresql://")))
        return std::make_unique<PostgresDatabase>(url, poolSize);
    if (url == u"sqlite::memory:")
        return std::make_unique<SqliteDatabase>(QStringLiteral(":memory:"));
    if (url.startsWith(QStringLiteral("sqlite://")))
        return std::make_unique<SqliteDatabase>(url.mid(int(qstrlen("sqlite://"))));
    throw StorageError(StorageError::Kind::Unavailable,
                       QStringLiteral("unsupported database URL (use sqlite:///path or postgres://...)"));
}

} // namespace adp::server::storage
