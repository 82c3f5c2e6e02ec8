#include "EventLinks.h"

namespace adp::server::compliance {

void EventLinks::link(shared::ComplianceFinding &finding, const shared::AuditQuery &filter)
{
    finding.eventFilter = filter.filtersJson();
    finding.eventCount = m_trail.countSealed(filter);
    finding.events = m_trail.newestSealed(filter, shared::ComplianceFinding::kMaxEvents);
}

shared::AuditQuery EventLinks::target(const QString &type, qint64 id, const QString &action)
{
    shared::AuditQuery filter;
    filter.targetType = type;
    filter.targetId = QString::number(id);
    filter.action = action;
    return filter;
}

void EventLinks::forEach(const shared::AuditQuery &filter, const std::function<void(const Event &)> &visit)
{
    // Columns as StoredAuditEvent::columns() orders them.
    enum Column { Seq = 0, OccurredAt = 1, ActorId = 2, Action = 4, TargetId = 6, Ip = 8, After = 11 };
    const auto number = [](const storage::RowView &row, int column) {
        return QByteArray(row.text(column).data(), row.text(column).size()).toLongLong();
    };
    const auto text = [](const storage::RowView &row, int column) {
        return QString::fromUtf8(row.text(column).data(), row.text(column).size());
    };
    m_trail.sealedEvents(filter, 1, m_trail.sealedHead(), [&](const storage::RowView &row) {
        visit({number(row, Seq), number(row, OccurredAt), row.isNull(ActorId) ? 0 : number(row, ActorId),
               text(row, Action), text(row, TargetId), text(row, Ip),
               QByteArray(row.text(After).data(), row.text(After).size())});
    });
}

} // namespace adp::server::compliance
