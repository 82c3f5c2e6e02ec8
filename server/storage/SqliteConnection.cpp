#include "SqliteConnection.h"

#include "StorageError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <memory>
#include <sqlite3.h>

namespace adp::server::storage {

namespace {

[[noreturn]] void raise(const QSqlError &error, const QString &sql)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite reports "UNIQUE constraint failed: projects.slug" with extended code 2067.
    if (text.contains(QStringLiteral("UNIQUE constraint failed"))) {
        const QString column = text.section(u':', 1).trimmed();
        throw StorageError(StorageError::Kind::UniqueViolation, text, column);
    }
    if (text.contains(QStringLiteral("constraint failed")))
        throw StorageError(StorageError::Kind::Constraint, text);
    if (text.contains(QStringLiteral("database is locked")) || text.contains(QStringLiteral("unable to open")))
        throw StorageError(StorageError::Kind::Unavailable, text);
    throw StorageError(StorageError::Kind::Query, QStringLiteral("%1 [%2]").arg(text, sql.left(200)));
}

QVariant normalise(const QVariant &value)
{
    // QtSql hands back SQLite integers as qlonglong and reals as double already;
    // only NULLs need to become an invalid QVariant like the other backend's.
    return value.isNull() ? QVariant() : value;
}

// A row of a sqlite3 statement as text: what SQLite holds, or makes of a number, in UTF-8.
class SqliteRow : public RowView
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    QByteArrayView text(int column) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

private:
    sqlite3_stmt *m_statement;
};

[[noreturn]] void raiseSqlite(sqlite3 *handle, const QString &sql)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
    const int code = sqlite3_errcode(handle);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_CANTOPEN)
        throw StorageError(StorageError::Kind::Unavailable, text);
    throw StorageError(StorageError::Kind::Query, QStringLiteral("%1 [%2]").arg(text, sql.left(200)));
}

int bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

} // namespace

sqlite3 *SqliteConnection::nativeHandle() const
{
    const QVariant driverHandle = m_database.driver()->handle();
    return qstrcmp(driverHandle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(driverHandle.constData())
                                                             : nullptr;
}

void SqliteConnection::copyIn(const QString &table, const QStringList &columns, const RowBatch &rows)
{
    checkCopyTarget(table, columns, rows);
    sqlite3 *handle = nativeHandle();
    if (!handle)
        return Connection::copyIn(table, columns, rows);
    const QString sql = insertSqlOf(table, columns);
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        raiseSqlite(handle, sql);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (qsizetype row = 0; row < rows.rows(); ++row) {
        for (int column = 0; column < rows.columns(); ++column) {
            const RowBatch::Value &value = rows.at(row, column);
            int bound = SQLITE_OK;
            if (value.kind == RowBatch::Value::Kind::Integer) {
                bound = sqlite3_bind_int64(raw, column + 1, value.integer);
            } else if (value.kind == RowBatch::Value::Kind::Text) {
                const QByteArrayView bytes = rows.text(value);
                // The batch outlives the step: no copy.
                bound = sqlite3_bind_text64(raw, column + 1, bytes.isNull() ? "" : bytes.data(),
                                            sqlite3_uint64(bytes.size()), SQLITE_STATIC, SQLITE_UTF8);
            } else {
                bound = sqlite3_bind_null(raw, column + 1);
            }
            if (bound != SQLITE_OK)
                raiseSqlite(handle, sql);
        }
        if (sqlite3_step(raw) != SQLITE_DONE)
            raiseSqlite(handle, sql);
        sqlite3_reset(raw);
    }
}

void SqliteConnection::forEachRow(const QString &sql, const SqlParams &params, const RowVisitor &visit)
{
    sqlite3 *handle = nativeHandle();
    if (!handle)
        return Connection::forEachRow(sql, params, visit);
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        raiseSqlite(handle, sql);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (int i = 0; i < int(params.size()); ++i) {
        if (bindValue(raw, i + 1, params.at(i)) != SQLITE_OK)
            raiseSqlite(handle, sql);
    }
    const SqliteRow row(raw);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW)
        visit(row);
    if (step != SQLITE_DONE)
        raiseSqlite(handle, sql);
}

SqliteConnection::SqliteConnection(const QString &connectionName, const QString &path, QMutex *writeLock)
    : m_name(connectionName)
    , m_writeLock(writeLock)
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_database.setDatabaseName(path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_database.open())
        throw StorageError(
            StorageError::Kind::Unavailable,
            QStringLiteral("cannot open SQLite database %1: %2").arg(path, m_database.lastError().text()));
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
}

SqliteConnection::~SqliteConnection()
{
    m_prepared.clear(); // statements first: they belong to the connection
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

ResultSet SqliteConnection::exec(const QString &sql, const SqlParams &params)
{
    auto cached = m_prepared.find(sql);
    if (cached == m_prepared.end()) {
        QSqlQuery fresh(m_database);
        fresh.setForwardOnly(true);
        if (!fresh.prepare(sql))
            raise(fresh.lastError(), sql);
        if (m_prepared.size() >= kMaxPrepared)
            m_prepared.clear();
        cached = m_prepared.insert(sql, fresh);
    }
    QSqlQuery &query = *cached;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QVariant &param = params.at(i);
        if (param.typeId() == QMetaType::Bool)
            query.bindValue(int(i), param.toBool() ? 1 : 0);
        else if (param.typeId() == QMetaType::QString && param.toString().isNull())
            query.bindValue(int(i), QStringLiteral("")); // QtSql would bind a null QString as NULL
        else
            query.bindValue(int(i), param);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        raise(error, sql);
    }

    QStringList columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row.append(normalise(query.value(i)));
        rows.append(std::move(row));
    }
    const qint64 affected = query.numRowsAffected();
    query.finish(); // releases the statement's read snapshot until the next use
    return ResultSet(std::move(columns), std::move(rows), affected);
}

void SqliteConnection::begin()
{
    m_writeLock->lock();
    m_holdsWriteLock = true;
    try {
        // IMMEDIATE takes the write lock up front: two writers never deadlock on upgrade.
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    } catch (...) {
        releaseWriteLock();
        throw;
    }
}

void SqliteConnection::commit()
{
    finish(QStringLiteral("COMMIT"));
}

void SqliteConnection::rollback()
{
    finish(QStringLiteral("ROLLBACK"));
}

void SqliteConnection::finish(const QString &statement)
{
    // The queue of writers moves on whether or not the statement succeeded.
    try {
        exec(statement);
    } catch (...) {
        releaseWriteLock();
        throw;
    }
    releaseWriteLock();
}

void SqliteConnection::releaseWriteLock()
{
    if (m_holdsWriteLock) {
        m_holdsWriteLock = false;
        m_writeLock->unlock();
    }
}

} // namespace adp::server::storage
