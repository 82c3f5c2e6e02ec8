#pragma once

#include "Connection.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

struct sqlite3;

namespace adp::server::storage {

// One QtSql SQLite connection, used only from the thread that opened it.
class SqliteConnection : public Connection
{
public:
    // `writeLock` is shared by all connections to the file: writers queue on
    // it in order instead of polling SQLite's busy handler.
    SqliteConnection(const QString &connectionName, const QString &path, QMutex *writeLock);
    ~SqliteConnection() override;

    ResultSet exec(const QString &sql, const SqlParams &params = {}) override;
    // Straight from sqlite3's own text of each column, on the same connection (and transaction):
    // QtSql's QVariant per value costs more than the read on paths of a million rows.
    void forEachRow(const QString &sql, const SqlParams &params, const RowVisitor &visit) override;
    void copyIn(const QString &table, const QStringList &columns, const RowBatch &rows) override;
    void begin() override;
    void commit() override;
    void rollback() override;

private:
    // sqlite3's own handle under QtSql's, or null when the driver is not the one expected.
    sqlite3 *nativeHandle() const;
    void finish(const QString &statement);
    void releaseWriteLock();

    QString m_name;
    QSqlDatabase m_database;
    // Prepared statements by SQL text: compiling a statement costs more than
    // running most of them. Bounded; emptied when full.
    QHash<QString, QSqlQuery> m_prepared;
    static constexpr qsizetype kMaxPrepared = 256;
    QMutex *m_writeLock;
    bool m_holdsWriteLock = false;
};

} // namespace adp::server::storage
