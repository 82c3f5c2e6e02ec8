#pragma once

#include "Connection.h"

#include <QSqlDatabase>

namespace adp::server::storage {

// One QtSql SQLite connection, used only from the thread that opened it.
class SqliteConnection : public Connection
{
public:
    SqliteConnection(const QString &connectionName, const QString &path);
    ~SqliteConnection() override;

    ResultSet exec(const QString &sql, const SqlParams &params = {}) override;
    void begin() override;
    void commit() override;
    void rollback() override;

private:
    QString m_name;
    QSqlDatabase m_database;
};

} // namespace adp::server::storage
