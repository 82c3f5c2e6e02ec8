#pragma once

#include "ResultSet.h"
#include "RowBatch.h"

#include <QByteArrayView>
#include <QString>
#include <functional>

namespace adp::server::storage {

// One row of a result as the database sent it: each column's text (UTF-8,
// numbers in decimal) without conversion, for paths that read millions of rows.
class RowView
{
public:
    virtual ~RowView() = default;
    virtual QByteArrayView text(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};
using RowVisitor = std::function<void(const RowView &row)>;

// One open database connection. Statements use `?` placeholders on every
// backend; values are always bound, never spliced into SQL text.
class Connection
{
public:
    virtual ~Connection() = default;

    virtual ResultSet exec(const QString &sql, const SqlParams &params = {}) = 0;
    // The same statement, each row handed to `visit` as text. The default goes
    // through exec(); a backend that has the text at hand skips the conversions.
    virtual void forEachRow(const QString &sql, const SqlParams &params, const RowVisitor &visit);
    // Statements run one after another as if by exec(), each seeing what the earlier ones did; a
    // backend on the network sends them together (one round trip). The first that fails throws,
    // and none after it runs.
    struct Statement
    {
        QString sql;
        SqlParams params;
    };
    virtual QList<ResultSet> execBatch(const QList<Statement> &statements);

    // Appends the rows to `table` (its `columns`, in order), within the transaction under way:
    // COPY on PostgreSQL, one prepared INSERT stepped per row on SQLite. For bulk imports; the
    // table and column names are the caller's code, never input (anything but [a-z0-9_] throws).
    virtual void copyIn(const QString &table, const QStringList &columns, const RowBatch &rows);

    virtual void begin() = 0;
    virtual void commit() = 0;
    // Runs the statements, then commits; a backend on the network sends them and the COMMIT
    // together (one round trip). Throws, committing nothing, when any of them fails.
    virtual QList<ResultSet> commitAfter(const QList<Statement> &statements);
    virtual void rollback() = 0;

protected:
    // Throws unless the names are plain identifiers and the rows have as many values as columns.
    static void checkCopyTarget(const QString &table, const QStringList &columns, const RowBatch &rows);
    // INSERT INTO table (columns) VALUES (?, ...): one row of a copy.
    static QString insertSqlOf(const QString &table, const QStringList &columns);
};

} // namespace adp::server::storage
