#include "AuditRepository.h"

#include "shared/audit/AuditExport.h"
#include "storage/SqlText.h"

namespace adp::server::audit {

namespace {
// The events shared::audit::FailureActions calls failures, as a condition with bound values.
QString failureCondition(QVariantList &params)
{
    QStringList any;
    for (const char *exact : shared::audit::FailureActions::kExact) {
        any.append(QStringLiteral("action = ?"));
        params.append(QString::fromLatin1(exact));
    }
    for (const char *suffix : shared::audit::FailureActions::kSuffixes) {
        any.append(QStringLiteral("action LIKE ? ESCAPE '\\'"));
        params.append(QString(u'%' + storage::escapeLike(QString::fromLatin1(suffix))));
    }
    return u'(' + any.join(QStringLiteral(" OR ")) + u')';
}
} // namespace

void AuditRepository::filter(const shared::AuditQuery &query, QStringList &conditions, QVariantList &params)
{
    if (!query.actor.isEmpty()) {
        conditions.append(QStringLiteral("actor_name = ?"));
        params.append(query.actor);
    }
    if (query.action.endsWith(u'.')) {
        // A prefix like "project." selects a family of actions.
        conditions.append(QStringLiteral("action LIKE ? ESCAPE '\\'"));
        params.append(QString(storage::escapeLike(query.action) + u'%'));
    } else if (!query.action.isEmpty()) {
        conditions.append(QStringLiteral("action = ?"));
        params.append(query.action);
    }
    if (!query.targetType.isEmpty()) {
        conditions.append(QStringLiteral("target_type = ?"));
        params.append(query.targetType);
    }
    if (!query.targetId.isEmpty()) {
        conditions.append(QStringLiteral("target_id = ?"));
        params.append(query.targetId);
    }
    const auto scoped = [&](const char *column, qint64 id) {
        if (id > 0) {
            conditions.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
            params.append(id);
        }
    };
    scoped("scope_organisation", query.scope.organisationId);
    scoped("scope_project", query.scope.projectId);
    scoped("scope_environment", query.scope.environmentId);
    if (query.outcome == u"failure")
        conditions.append(failureCondition(params));
    else if (query.outcome == u"success")
        conditions.append(QStringLiteral("NOT ") + failureCondition(params));
    if (query.since.isValid()) {
        conditions.append(QStringLiteral("occurred_at >= ?"));
        params.append(query.since.toMSecsSinceEpoch());
    }
    if (query.until.isValid()) {
        conditions.append(QStringLiteral("occurred_at < ?"));
        params.append(query.until.toMSecsSinceEpoch());
    }
}

QList<StoredAuditEvent> AuditRepository::list(const shared::AuditQuery &query, qint64 beforeSeq)
{
    QStringList conditions{QStringLiteral("seq IS NOT NULL")}; // unsealed events have no place in the order yet
    QVariantList params;
    filter(query, conditions, params);
    if (beforeSeq > 0) {
        conditions.append(QStringLiteral("seq < ?"));
        params.append(beforeSeq);
    }
    QString sql = QStringLiteral("SELECT ") + StoredAuditEvent::columns() + QStringLiteral(" FROM audit_events");
    sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    params.append(query.limit + 1);
    const auto rows = m_database.query(sql, params);
    return rows.map([&rows](int row) { return StoredAuditEvent::fromRow(rows, row); });
}

namespace {
// Every column of the events `where` picks, as text, in the order StoredAuditEvent::columns() names them.
void eventRows(storage::Database &database, const QString &where, const storage::SqlParams &params,
               const storage::RowVisitor &visit)
{
    database.forEachRow(QStringLiteral("SELECT ") + StoredAuditEvent::columns() +
                            QStringLiteral(" FROM audit_events WHERE ") + where,
                        params, visit);
}

void chainRows(storage::Database &database, const QString &where, const storage::SqlParams &params,
               const AuditRepository::ChainVisitor &visit)
{
    eventRows(database, where, params, [&visit](const storage::RowView &row) {
        std::array<QByteArrayView, 12> columns;
        for (int i = 0; i < 12; ++i)
            columns[size_t(i)] = row.text(i);
        const int scope = StoredAuditEvent::kScopeColumn;
        visit(row.text(0).toLongLong(),
              StoredAuditEvent::canonicalFromText(columns, {row.text(scope), row.text(scope + 1), row.text(scope + 2)}),
              row.text(12), row.text(13));
    });
}
} // namespace

void AuditRepository::chainRange(qint64 firstSeq, qint64 lastSeq, const ChainVisitor &visit)
{
    chainRows(m_database, QStringLiteral("seq BETWEEN ? AND ? ORDER BY seq"), {firstSeq, lastSeq}, visit);
}

void AuditRepository::chainAfter(qint64 afterSeq, int limit, const ChainVisitor &visit)
{
    chainRows(m_database, QStringLiteral("seq > ? ORDER BY seq LIMIT ?"), {afterSeq, limit}, visit);
}

void AuditRepository::exportRange(const shared::AuditQuery &query, qint64 firstSeq, qint64 lastSeq,
                                  const storage::RowVisitor &visit)
{
    QStringList conditions{QStringLiteral("seq BETWEEN ? AND ?")};
    QVariantList params{firstSeq, lastSeq};
    filter(query, conditions, params);
    eventRows(m_database, conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY seq"), params, visit);
}

QList<StoredAuditEvent> AuditRepository::unsealed(const storage::Executor &run, qint64 afterId, int limit)
{
    const auto rows = run(QStringLiteral("SELECT ") + StoredAuditEvent::columns() +
                              QStringLiteral(" FROM audit_events WHERE seq IS NULL AND id > ? ORDER BY id LIMIT ?"),
                          {afterId, limit});
    return rows.map([&rows](int row) { return StoredAuditEvent::fromRow(rows, row); });
}

QList<qint64> AuditRepository::newestSealed(const shared::AuditQuery &query, int limit)
{
    QStringList conditions{QStringLiteral("seq IS NOT NULL")};
    QVariantList params;
    filter(query, conditions, params);
    params.append(limit);
    const auto rows = m_database.query(
        QStringLiteral("SELECT seq FROM audit_events WHERE ") + conditions.join(QStringLiteral(" AND ")) +
            QStringLiteral(" ORDER BY id DESC LIMIT ?"), // every filter's index ends in id
        params);
    QList<qint64> seqs = rows.map([&rows](int row) { return rows.value(row, 0).toLongLong(); });
    std::sort(seqs.begin(), seqs.end());
    return seqs;
}

qint64 AuditRepository::countSealed(const shared::AuditQuery &query)
{
    QStringList conditions{QStringLiteral("seq IS NOT NULL")};
    QVariantList params;
    filter(query, conditions, params);
    return m_database
        .query(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE ") + conditions.join(QStringLiteral(" AND ")),
               params)
        .value(0, 0)
        .toLongLong();
}

AuditStore::Anchor AuditRepository::anchor()
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT seq, hash, mac, COALESCE(archived_at, 0), archive_file FROM audit_anchor WHERE id = 1"));
    if (rows.isEmpty())
        return {};
    return {rows.value(0, 0).toLongLong(), rows.value(0, 1).toString(), rows.value(0, 2).toString(),
            rows.value(0, 3).toLongLong(), rows.value(0, 4).toString()};
}

qint64 AuditRepository::lastSeqBefore(qint64 beforeMs)
{
    const auto later = m_database.query(
        QStringLiteral("SELECT MIN(seq) FROM audit_events WHERE seq IS NOT NULL AND occurred_at >= ?"), {beforeMs});
    if (!later.isEmpty() && !later.value(0, 0).isNull())
        return later.value(0, 0).toLongLong() - 1;
    return std::max<qint64>(0, head().lastSeq);
}

QString AuditRepository::hashAt(qint64 seq)
{
    const auto rows = m_database.query(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"), {seq});
    return rows.isEmpty() ? QString() : rows.value(0, 0).toString();
}

qint64 AuditRepository::maxSeq()
{
    return m_database.query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_events")).value(0, 0).toLongLong();
}

AuditRepository::Head AuditRepository::head()
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT last_seq, last_hash, mac FROM audit_chain_head WHERE id = 1"));
    if (rows.isEmpty())
        return {-1, {}, {}};
    return {rows.value(0, 0).toLongLong(), rows.value(0, 1).toString(), rows.value(0, 2).toString()};
}

} // namespace adp::server::audit
