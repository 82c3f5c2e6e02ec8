#pragma once

#include "Connection.h"

#include <QHash>
#include <vector>

struct pg_conn;
typedef struct pg_conn PGconn;
struct pg_result;
typedef struct pg_result PGresult;

namespace adp::server::storage {

// One libpq connection. Each distinct statement is prepared once per
// connection and then executed with bound text parameters.
class PostgresConnection : public Connection
{
public:
    explicit PostgresConnection(const QByteArray &conninfo);
    ~PostgresConnection() override;

    ResultSet exec(const QString &sql, const SqlParams &params = {}) override;
    QList<ResultSet> execBatch(const QList<Statement> &statements) override;
    void forEachRow(const QString &sql, const SqlParams &params, const RowVisitor &visit) override;
    void copyIn(const QString &table, const QStringList &columns, const RowBatch &rows) override;
    void begin() override;
    void commit() override;
    QList<ResultSet> commitAfter(const QList<Statement> &statements) override;
    void rollback() override;

    // Reconnects when the server dropped us; false when it is still down.
    bool ensureHealthy();

private:
    // Runs a prepared statement; the caller owns (and PQclear()s) the result.
    PGresult *execPrepared(const QString &sql, const SqlParams &params);
    // One prepared statement ready to send: its name and its parameters as text.
    struct Bound
    {
        QByteArray name;
        std::vector<QByteArray> storage;
        std::vector<const char *> values;
        std::vector<int> lengths; // of binary values (bytea), ignored for text
        std::vector<int> formats; // 1: binary, 0: text
    };
    Bound bind(const QString &sql, const SqlParams &params);
    // The statements in one pipeline (BEGIN first when one is pending): one round trip. A result
    // per statement, in order; the caller owns them. Throws (after clearing them) when BEGIN fails.
    // The statements (after a pending BEGIN) in one round trip, then `trailing` (a command without
    // parameters, such as COMMIT) when given; one result each, the trailing command's last.
    std::vector<PGresult *> pipelined(const std::vector<Bound> &statements, const char *trailing = nullptr);
    // The COPY that copyIn() left open, ended (throws when PostgreSQL refused its rows), or failed
    // on purpose so that nothing of it stays.
    void endCopy();
    void abandonCopy();
    // A parameterless command through the simple protocol (BEGIN, COMMIT...).
    void run(const char *command);
    QByteArray prepared(const QString &sql);

    PGconn *m_conn = nullptr;
    QHash<QString, QByteArray> m_statements; // sql -> prepared statement name
    QString m_copying;                       // the COPY statement under way, empty when none
    bool m_inTransaction = false;
    bool m_beginPending = false; // begin() was called; BEGIN goes out with the first statement
};

// `?` placeholders -> `$1, $2, ...`, skipping quoted literals and identifiers.
QString toPostgresPlaceholders(const QString &sql);

} // namespace adp::server::storage
