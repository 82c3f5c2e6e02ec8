#include "PostgresConnection.h"

#include "StorageError.h"

#include <algorithm>
#include <libpq-fe.h>
#include <utility>
#include <vector>

namespace adp::server::storage {

namespace {

// Type OIDs from pg_type.h that need converting from text.
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

[[noreturn]] void raise(const PGresult *result, PGconn *conn, const QString &sql)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed();
    const QByteArray sqlState = state ? QByteArray(state) : QByteArray();
    if (sqlState == "23505") {
        const char *constraint = PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME);
        throw StorageError(StorageError::Kind::UniqueViolation, message,
                           constraint ? QString::fromUtf8(constraint) : QString());
    }
    if (sqlState.startsWith("23"))
        throw StorageError(StorageError::Kind::Constraint, message);
    if (sqlState.startsWith("08") || sqlState.startsWith("57") || PQstatus(conn) != CONNECTION_OK)
        throw StorageError(StorageError::Kind::Unavailable, message);
    throw StorageError(StorageError::Kind::Query, QStringLiteral("%1 [%2]").arg(message, sql.left(200)));
}

// raise(), the result freed first: for a result nobody else will clear.
[[noreturn]] void raiseAndClear(PGresult *result, PGconn *conn, const QString &sql)
{
    try {
        raise(result, conn, sql);
    } catch (...) {
        PQclear(result);
        throw;
    }
}

QVariant fromText(const PGresult *result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    const char *text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (PQftype(result, column)) {
    case kBoolOid:
        return QVariant(text[0] == 't');
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
        return QVariant(QByteArray::fromRawData(text, length).toLongLong());
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid:
        return QVariant(QByteArray::fromRawData(text, length).toDouble());
    case kByteaOid: {
        size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(data);
    }
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

QByteArray toText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::QString:
        return value.toString().toUtf8();
    default:
        return value.toString().toUtf8();
    }
}

} // namespace

QString toPostgresPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int index = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out.append(c);
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            out.append(c);
        } else if (c == u'?') {
            out.append(u'$' + QString::number(++index));
        } else {
            out.append(c);
        }
    }
    return out;
}

PostgresConnection::PostgresConnection(const QByteArray &conninfo)
{
    m_conn = PQconnectdb(conninfo.constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw StorageError(StorageError::Kind::Unavailable,
                           QStringLiteral("cannot connect to PostgreSQL: %1").arg(message));
    }
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr); // NOTICEs are not errors
}

PostgresConnection::~PostgresConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PostgresConnection::ensureHealthy()
{
    abandonCopy(); // a COPY nobody ended is a caller's bug: it keeps nothing
    if (PQstatus(m_conn) == CONNECTION_OK)
        return true;
    PQreset(m_conn);
    m_statements.clear(); // a new server session has no prepared statements
    m_inTransaction = false;
    m_beginPending = false;
    return PQstatus(m_conn) == CONNECTION_OK;
}

QByteArray PostgresConnection::prepared(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return it.value();
    const QByteArray name = "adp_s" + QByteArray::number(m_statements.size());
    const QByteArray text = toPostgresPlaceholders(sql).toUtf8();
    PGresult *result = PQprepare(m_conn, name.constData(), text.constData(), 0, nullptr);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        raiseAndClear(result, m_conn, sql);
    PQclear(result);
    m_statements.insert(sql, name);
    return name;
}

PostgresConnection::Bound PostgresConnection::bind(const QString &sql, const SqlParams &params)
{
    Bound bound{prepared(sql), {}, {}, {}, {}};
    bound.storage.reserve(size_t(params.size()));
    bound.values.reserve(size_t(params.size()));
    for (const QVariant &param : params) {
        // Bytes go as they are (binary format): as hex text they were twice as long and decoded again.
        const bool binary = param.typeId() == QMetaType::QByteArray;
        if (param.isNull())
            bound.storage.emplace_back();
        else
            bound.storage.push_back(binary ? param.toByteArray() : toText(param));
        bound.values.push_back(param.isNull() ? nullptr : bound.storage.back().constData());
        bound.lengths.push_back(int(bound.storage.back().size()));
        bound.formats.push_back(binary ? 1 : 0);
    }
    return bound;
}

PGresult *PostgresConnection::execPrepared(const QString &sql, const SqlParams &params)
{
    const Bound bound = bind(sql, params);
    PGresult *result = m_beginPending
                           ? pipelined({bound}).front()
                           : PQexecPrepared(m_conn, bound.name.constData(), int(bound.values.size()),
                                            bound.values.data(), bound.lengths.data(), bound.formats.data(), 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        raiseAndClear(result, m_conn, sql);
    return result;
}

namespace {
class PgRow : public RowView
{
public:
    explicit PgRow(const PGresult *result)
        : m_result(result)
    {
    }
    void moveTo(int row) { m_row = row; }
    QByteArrayView text(int column) const override
    {
        return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    bool isNull(int column) const override { return PQgetisnull(m_result, m_row, column) != 0; }

private:
    const PGresult *m_result;
    int m_row = 0;
};
} // namespace

void PostgresConnection::forEachRow(const QString &sql, const SqlParams &params, const RowVisitor &visit)
{
    endCopy();
    PGresult *result = execPrepared(sql, params);
    PgRow row(result);
    try {
        for (int r = 0; r < PQntuples(result); ++r) {
            row.moveTo(r);
            visit(row);
        }
    } catch (...) {
        PQclear(result);
        throw;
    }
    PQclear(result);
}

namespace {
ResultSet resultSetOf(PGresult *result)
{
    QStringList columns;
    const int columnCount = PQnfields(result);
    for (int c = 0; c < columnCount; ++c)
        columns.append(QString::fromUtf8(PQfname(result, c)));
    QList<QVariantList> rows;
    const int rowCount = PQntuples(result);
    rows.reserve(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        QVariantList row;
        row.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c)
            row.append(fromText(result, r, c));
        rows.append(std::move(row));
    }
    const qint64 affected = QByteArray(PQcmdTuples(result)).toLongLong();
    return ResultSet(std::move(columns), std::move(rows), affected);
}
} // namespace

ResultSet PostgresConnection::exec(const QString &sql, const SqlParams &params)
{
    endCopy();
    PGresult *result = execPrepared(sql, params);
    ResultSet rows = resultSetOf(result);
    PQclear(result);
    return rows;
}

QList<ResultSet> PostgresConnection::execBatch(const QList<Statement> &statements)
{
    endCopy();
    std::vector<Bound> bound; // prepared first: PQprepare cannot go inside the pipeline
    for (const Statement &statement : statements)
        bound.push_back(bind(statement.sql, statement.params));
    std::vector<PGresult *> results = pipelined(bound);
    QList<ResultSet> sets;
    qsizetype failed = -1;
    for (size_t i = 0; i < results.size(); ++i) {
        const ExecStatusType status = PQresultStatus(results[i]);
        if (failed < 0 && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            failed = qsizetype(i);
        else if (failed < 0)
            sets.append(resultSetOf(results[i]));
    }
    if (failed >= 0) {
        try {
            raise(results[size_t(failed)], m_conn, statements.at(failed).sql);
        } catch (...) {
            for (PGresult *result : results)
                PQclear(result);
            throw;
        }
    }
    for (PGresult *result : results)
        PQclear(result);
    return sets;
}

std::vector<PGresult *> PostgresConnection::pipelined(const std::vector<Bound> &statements, const char *trailing)
{
    const bool withBegin = std::exchange(m_beginPending, false);
    const size_t expected = statements.size() + (trailing ? 1 : 0);
    const auto succeeded = [](const PGresult *result) {
        return PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
    };
    if (PQenterPipelineMode(m_conn) != 1) { // one at a time, then
        if (withBegin)
            run("BEGIN");
        std::vector<PGresult *> results;
        for (const Bound &bound : statements) {
            results.push_back(PQexecPrepared(m_conn, bound.name.constData(), int(bound.values.size()),
                                             bound.values.data(), bound.lengths.data(), bound.formats.data(), 0));
            if (!succeeded(results.back()))
                break; // the transaction is aborted: nothing after it would run
        }
        if (trailing && results.size() == statements.size() && std::all_of(results.begin(), results.end(), succeeded))
            results.push_back(PQexec(m_conn, trailing));
        results.resize(expected, nullptr);
        return results;
    }
    bool sent = !withBegin || PQsendQueryParams(m_conn, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    for (const Bound &bound : statements)
        sent = sent && PQsendQueryPrepared(m_conn, bound.name.constData(), int(bound.values.size()),
                                           bound.values.data(), bound.lengths.data(), bound.formats.data(), 0) == 1;
    if (trailing)
        sent = sent && PQsendQueryParams(m_conn, trailing, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    sent = sent && PQpipelineSync(m_conn) == 1;
    // Each query's results end with a null; the pipeline ends with its sync. Two nulls in a row
    // or a broken connection mean nothing more will come.
    std::vector<PGresult *> results;
    for (int nulls = 0; sent && nulls < 2;) {
        PGresult *result = PQgetResult(m_conn);
        if (!result) {
            ++nulls;
            if (PQstatus(m_conn) != CONNECTION_OK)
                break;
            continue;
        }
        nulls = 0;
        if (PQresultStatus(result) == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        results.push_back(result);
    }
    PQexitPipelineMode(m_conn);
    const size_t first = withBegin ? 1 : 0;
    PGresult *begin = withBegin && !results.empty() ? results.front() : nullptr;
    const bool begun = !withBegin || (begin && PQresultStatus(begin) == PGRES_COMMAND_OK);
    std::vector<PGresult *> answers;
    for (size_t i = first; i < results.size(); ++i) {
        if (answers.size() < expected)
            answers.push_back(results[i]);
        else
            PQclear(results[i]);
    }
    if (!begun || answers.empty()) {
        for (PGresult *answer : answers)
            PQclear(answer);
        try {
            raise(begun ? nullptr : begin, m_conn, withBegin ? QStringLiteral("BEGIN") : QStringLiteral("pipeline"));
        } catch (...) {
            PQclear(begin);
            throw;
        }
    }
    PQclear(begin);
    answers.resize(expected, nullptr); // those a broken connection never answered
    return answers;
}

void PostgresConnection::run(const char *command)
{
    PGresult *result = PQexec(m_conn, command);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        raiseAndClear(result, m_conn, QString::fromLatin1(command));
    PQclear(result);
}

namespace {
// A value in COPY's text format: NULL as \N; backslash, tab and line breaks escaped.
void appendCopyText(QByteArray &line, QByteArrayView bytes)
{
    const char *from = bytes.data();
    const char *const end = from + bytes.size();
    for (const char *at = from; at < end; ++at) {
        const char c = *at;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        line.append(from, at - from);
        line.append('\\').append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
        from = at + 1;
    }
    line.append(from, end - from);
}
} // namespace

void PostgresConnection::copyIn(const QString &table, const QStringList &columns, const RowBatch &rows)
{
    checkCopyTarget(table, columns, rows);
    if (rows.isEmpty())
        return;
    // One COPY for consecutive batches into the same table: PostgreSQL writes the rows while the
    // caller reads the next ones, and ends it when anything else comes.
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(u','));
    if (m_copying != sql) {
        endCopy();
        if (std::exchange(m_beginPending, false))
            run("BEGIN");
        PGresult *started = PQexec(m_conn, sql.toUtf8().constData());
        if (PQresultStatus(started) != PGRES_COPY_IN)
            raiseAndClear(started, m_conn, sql);
        PQclear(started);
        m_copying = sql;
    }
    QByteArray data;
    data.reserve(1 << 20);
    const auto send = [&]() {
        if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1) {
            abandonCopy();
            throw StorageError(StorageError::Kind::Unavailable, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        }
        data.resize(0);
    };
    for (qsizetype row = 0; row < rows.rows(); ++row) {
        for (int column = 0; column < rows.columns(); ++column) {
            if (column > 0)
                data.append('\t');
            const RowBatch::Value &value = rows.at(row, column);
            if (value.kind == RowBatch::Value::Kind::Integer)
                data.append(QByteArray::number(value.integer));
            else if (value.kind == RowBatch::Value::Kind::Text)
                appendCopyText(data, rows.text(value));
            else
                data.append("\\N");
        }
        data.append('\n');
        if (data.size() >= (1 << 20))
            send();
    }
    if (!data.isEmpty())
        send();
}

void PostgresConnection::endCopy()
{
    if (m_copying.isEmpty())
        return;
    const QString sql = std::exchange(m_copying, {});
    const bool ended = PQputCopyEnd(m_conn, nullptr) == 1;
    PGresult *result = PQgetResult(m_conn);
    const bool done = ended && PQresultStatus(result) == PGRES_COMMAND_OK;
    try {
        if (!done)
            raise(result, m_conn, sql);
    } catch (...) {
        PQclear(result);
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
        throw;
    }
    PQclear(result);
    while (PGresult *more = PQgetResult(m_conn))
        PQclear(more);
}

void PostgresConnection::abandonCopy()
{
    if (m_copying.isEmpty())
        return;
    m_copying.clear();
    PQputCopyEnd(m_conn, "abandoned"); // fails the COPY: none of its rows stay
    while (PGresult *result = PQgetResult(m_conn))
        PQclear(result);
}

void PostgresConnection::begin()
{
    m_beginPending = true;
    m_inTransaction = true;
}

void PostgresConnection::commit()
{
    endCopy();
    m_inTransaction = false;
    if (std::exchange(m_beginPending, false))
        return; // no statement ran: nothing to commit, and no BEGIN was sent
    run("COMMIT");
}

QList<ResultSet> PostgresConnection::commitAfter(const QList<Statement> &statements)
{
    endCopy();
    if (statements.isEmpty()) {
        commit();
        return {};
    }
    std::vector<Bound> bound; // prepared first: PQprepare cannot go inside the pipeline
    for (const Statement &statement : statements)
        bound.push_back(bind(statement.sql, statement.params));
    std::vector<PGresult *> results = pipelined(bound, "COMMIT");
    const auto clearAll = [&results]() {
        for (PGresult *result : results)
            PQclear(result);
    };
    for (size_t i = 0; i < results.size(); ++i) {
        const ExecStatusType status = PQresultStatus(results[i]);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            continue;
        // The first failure is the one to report; after it, PostgreSQL skipped the rest, COMMIT too.
        try {
            raise(results[i], m_conn,
                  i < size_t(statements.size()) ? statements.at(qsizetype(i)).sql : QStringLiteral("COMMIT"));
        } catch (...) {
            clearAll();
            throw;
        }
    }
    QList<ResultSet> sets;
    for (qsizetype i = 0; i < statements.size(); ++i)
        sets.append(resultSetOf(results[size_t(i)]));
    clearAll();
    m_inTransaction = false;
    return sets;
}

void PostgresConnection::rollback()
{
    abandonCopy();
    m_inTransaction = false;
    if (std::exchange(m_beginPending, false))
        return;
    if (PQstatus(m_conn) == CONNECTION_OK)
        run("ROLLBACK");
}

} // namespace adp::server::storage
