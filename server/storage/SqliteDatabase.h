#pragma once

#include "Database.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <memory>

class QThread;

namespace adp::server::storage {

class SqliteConnection;

// SQLite through QtSql. QtSql connections belong to the thread that opened
// them, so each thread gets its own; WAL lets readers run beside the writer.
class SqliteDatabase : public Database
{
public:
    explicit SqliteDatabase(QString path);
    ~SqliteDatabase() override;

    Dialect dialect() const override { return Dialect::Sqlite; }
    QString describe() const override;
    ConnectionLease acquire() override;

private:
    QString m_path;
    QString m_connectionPrefix;
    std::unique_ptr<QObject> m_lifetime;
    QMutex m_mutex;
    QMutex m_writeLock;
    QHash<QThread *, std::shared_ptr<SqliteConnection>> m_connections;
};

} // namespace adp::server::storage
