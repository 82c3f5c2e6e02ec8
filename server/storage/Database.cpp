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
