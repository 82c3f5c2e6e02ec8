#include "Database.h"

#include "PostgresDatabase.h"
#include "SqliteDatabase.h"
#include "StorageError.h"

#include <QRegularExpression>

namespace adp::server::storage {

ResultSet Database::query(const QString &sql, const SqlParams &params)
{
    ConnectionLease connection = acquire();
    return connection->exec(sql, params);
}

void Database::forEachRow(const QString &sql, const SqlParams &params, const RowVisitor &visit)
{
    ConnectionLease connection = acquire();
    connection->forEachRow(sql, params, visit);
}

namespace {
class ConvertedRow : public RowView
{
public:
    explicit ConvertedRow(const ResultSet &rows)
        : m_rows(rows)
    {
    }
    void moveTo(int row)
    {
        m_texts.clear();
        for (int column = 0; column < m_rows.columns().size(); ++column)
            m_texts.append(m_rows.value(row, column).toString().toUtf8());
        m_row = row;
    }
    QByteArrayView text(int column) const override { return m_texts.at(column); }
    bool isNull(int column) const override { return m_rows.value(m_row, column).isNull(); }

private:
    const ResultSet &m_rows;
    QList<QByteArray> m_texts;
    int m_row = 0;
};
} // namespace

QList<ResultSet> Connection::execBatch(const QList<Statement> &statements)
{
    QList<ResultSet> results;
    for (const Statement &statement : statements)
        results.append(exec(statement.sql, statement.params));
    return results;
}

QList<ResultSet> Connection::commitAfter(const QList<Statement> &statements)
{
    QList<ResultSet> results = execBatch(statements);
    commit();
    return results;
}

void Connection::checkCopyTarget(const QString &table, const QStringList &columns, const RowBatch &rows)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    bool named = name.match(table).hasMatch() && !columns.isEmpty();
    for (const QString &column : columns)
        named = named && name.match(column).hasMatch();
    if (!named)
        throw StorageError(StorageError::Kind::Query, QStringLiteral("copyIn: not a table and columns: %1").arg(table));
    if (rows.columns() != columns.size() || !rows.complete())
        throw StorageError(
            StorageError::Kind::Query,
            QStringLiteral("copyIn: rows of %1 values for %2 columns").arg(rows.columns()).arg(columns.size()));
}

QString Connection::insertSqlOf(const QString &table, const QStringList &columns)
{
    const QStringList marks(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u','), marks.join(u','));
}

void Connection::copyIn(const QString &table, const QStringList &columns, const RowBatch &rows)
{
    checkCopyTarget(table, columns, rows);
    const QString sql = insertSqlOf(table, columns);
    for (qsizetype row = 0; row < rows.rows(); ++row) {
        SqlParams params;
        for (int column = 0; column < rows.columns(); ++column) {
            const RowBatch::Value &value = rows.at(row, column);
            params.append(value.kind == RowBatch::Value::Kind::Integer ? QVariant(value.integer)
                          : value.kind == RowBatch::Value::Kind::Text  ? QVariant(QString::fromUtf8(rows.text(value)))
                                                                       : QVariant());
        }
        exec(sql, params);
    }
}

void Connection::forEachRow(const QString &sql, const SqlParams &params, const RowVisitor &visit)
{
    const ResultSet rows = exec(sql, params);
    ConvertedRow view(rows);
    for (int row = 0; row < rows.size(); ++row) {
        view.moveTo(row);
        visit(view);
    }
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
