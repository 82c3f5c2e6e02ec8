#include "AuditRepository.h"

#include "storage/SqlText.h"

namespace adp::server::audit {

namespace {
const QString kColumns = QStringLiteral("seq, occurred_at, actor_id, actor_name, action, target_type, target_id, "
                                        "request_id, ip, user_agent, before_json, after_json, prev_hash, hash");

StoredAuditEvent fromRow(const storage::ResultSet &rows, int row)
{
    StoredAuditEvent event;
    event.seq = rows.value(row, 0).toLongLong();
    event.occurredAtMs = rows.value(row, 1).toLongLong();
    event.actorId = rows.value(row, 2).toLongLong();
    event.actorName = rows.value(row, 3).toString();
    event.action = rows.value(row, 4).toString();
    event.targetType = rows.value(row, 5).toString();
    event.targetId = rows.value(row, 6).toString();
    event.requestId = rows.value(row, 7).toString();
    event.ip = rows.value(row, 8).toString();
    event.userAgent = rows.value(row, 9).toString();
    event.beforeJson = rows.value(row, 10).toString();
    event.afterJson = rows.value(row, 11).toString();
    event.prevHash = rows.value(row, 12).toString();
    event.hash = rows.value(row, 13).toString();
    return event;
}
} // namespace

QList<StoredAuditEvent> AuditRepository::list(const shared::AuditQuery &query, qint64 beforeSeq)
{
    QStringList conditions;
    QVariantList params;
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
    if (query.since.isValid()) {
        conditions.append(QStringLiteral("occurred_at >= ?"));
        params.append(query.since.toMSecsSinceEpoch());
    }
    if (query.until.isValid()) {
        conditions.append(QStringLiteral("occurred_at < ?"));
        params.append(query.until.toMSecsSinceEpoch());
    }
    if (beforeSeq > 0) {
        conditions.append(QStringLiteral("seq < ?"));
        params.append(beforeSeq);
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_events");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    params.append(query.limit + 1);
    const auto rows = m_database.query(sql, params);
    QList<StoredAuditEvent> events;
    for (int row = 0; row < rows.size(); ++row)
        events.append(fromRow(rows, row));
    return events;
}

namespace {
void chainRows(storage::Database &database, const QString &where, const storage::SqlParams &params,
               const AuditRepository::ChainVisitor &visit)
{
    database.forEachRow(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_events WHERE ") + where,
                        params, [&visit](const storage::RowView &row) {
                            std::array<QByteArrayView, 12> columns;
                            for (int i = 0; i < 12; ++i)
                                columns[size_t(i)] = row.text(i);
                            visit(row.text(0).toLongLong(), StoredAuditEvent::canonicalFromText(columns), row.text(12),
                                  row.text(13));
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
