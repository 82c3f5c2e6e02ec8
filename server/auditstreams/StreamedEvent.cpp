#include "StreamedEvent.h"

#include "ports/AuditTrail.h"
#include "shared/audit/AuditExport.h"
#include "shared/core/ApiTime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace adp::server::auditstreams {

namespace {

constexpr int kScopeColumn = ports::AuditTrail::kScopeColumn;

QString textOf(const storage::RowView &row, int column)
{
    return QString::fromUtf8(row.text(column));
}

QJsonValue idOf(const storage::RowView &row, int column)
{
    const qint64 id = row.text(column).toLongLong();
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue jsonOf(const storage::RowView &row, int column)
{
    if (row.isNull(column) || row.text(column).isEmpty())
        return QJsonValue::Null;
    return QJsonDocument::fromJson(row.text(column).toByteArray()).object();
}

} // namespace

StreamedEvent StreamedEvent::fromRow(const storage::RowView &row)
{
    StreamedEvent event;
    event.seq = row.text(0).toLongLong();
    event.action = textOf(row, 4);
    const qint64 actorId = row.text(2).toLongLong();
    const QString actor = textOf(row, 3);
    const QString targetType = textOf(row, 5);
    const QString targetId = textOf(row, 6);
    const QString ip = textOf(row, 8);
    const QString path = targetId.isEmpty() ? targetType : targetType + u':' + targetId;
    const QJsonObject details{
        {QStringLiteral("author_name"), actor},
        {QStringLiteral("target_type"), targetType},
        {QStringLiteral("target_id"), targetId},
        {QStringLiteral("ip_address"), ip},
        {QStringLiteral("entity_path"), path},
        {QStringLiteral("outcome"), QString::fromLatin1(shared::audit::auditOutcomeOf(row.text(4)))},
        {QStringLiteral("request_id"), textOf(row, 7)},
        {QStringLiteral("user_agent"), textOf(row, 9)},
        {QStringLiteral("before"), jsonOf(row, 10)},
        {QStringLiteral("after"), jsonOf(row, 11)},
        {QStringLiteral("chain_hash"), textOf(row, 13)},
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("organisation_id"), idOf(row, kScopeColumn)},
                                              {QStringLiteral("project_id"), idOf(row, kScopeColumn + 1)},
                                              {QStringLiteral("environment_id"), idOf(row, kScopeColumn + 2)}}}};
    const QJsonObject body{{QStringLiteral("id"), QString::number(event.seq)},
                           {QStringLiteral("author_id"), actorId > 0 ? actorId : -1},
                           {QStringLiteral("author_name"), actor},
                           {QStringLiteral("entity_id"), targetId.toLongLong()},
                           {QStringLiteral("entity_type"), targetType},
                           {QStringLiteral("entity_path"), path},
                           {QStringLiteral("target_id"), targetId},
                           {QStringLiteral("target_type"), targetType},
                           {QStringLiteral("target_details"), path},
                           {QStringLiteral("event_type"), event.action},
                           {QStringLiteral("created_at"),
                            shared::toApiTime(QDateTime::fromMSecsSinceEpoch(row.text(1).toLongLong(), Qt::UTC))},
                           {QStringLiteral("ip_address"), ip},
                           {QStringLiteral("details"), details}};
    event.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return event;
}

} // namespace adp::server::auditstreams
