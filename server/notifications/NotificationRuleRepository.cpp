#include "NotificationRuleRepository.h"

#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::server::notifications {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.project_id, p.slug, r.name, r.channel, r.on_event, r.branches, r.url_sealed, r.url_hint, "
    "r.secret_sealed, r.email, r.active, r.created_at, r.updated_at FROM notification_rules r "
    "JOIN projects p ON p.id = r.project_id ");

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QDateTime timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

storage::SqlParams valuesOf(const NotificationRuleRepository::Stored &rule)
{
    return {rule.name,      rule.channel,  rule.when,         jsonText(QJsonArray::fromStringList(rule.branches)),
            rule.urlSealed, rule.urlHint,  rule.secretSealed, jsonText(rule.email.toJson()),
            rule.active,    rule.updatedMs};
}

} // namespace

QList<NotificationRuleRepository::Stored> NotificationRuleRepository::select(const QString &where,
                                                                             const storage::SqlParams &params) const
{
    const auto rows = m_database.query(kSelect + where, params);
    return rows.map([&rows](int row) {
        Stored stored;
        stored.id = rows.value(row, 0).toLongLong();
        stored.projectId = rows.value(row, 1).toLongLong();
        stored.projectSlug = rows.value(row, 2).toString();
        stored.name = rows.value(row, 3).toString();
        stored.channel = rows.value(row, 4).toString();
        stored.when = rows.value(row, 5).toString();
        for (const QJsonValue &glob : QJsonDocument::fromJson(rows.value(row, 6).toString().toUtf8()).array())
            stored.branches.append(glob.toString());
        stored.urlSealed = rows.value(row, 7).toString();
        stored.urlHint = rows.value(row, 8).toString();
        stored.secretSealed = rows.value(row, 9).toString();
        stored.email =
            shared::EmailSettings::fromJson(QJsonDocument::fromJson(rows.value(row, 10).toString().toUtf8()).object());
        stored.active = rows.value(row, 11).toBool();
        stored.createdMs = rows.value(row, 12).toLongLong();
        stored.updatedMs = rows.value(row, 13).toLongLong();
        return stored;
    });
}

std::optional<NotificationRuleRepository::Stored> NotificationRuleRepository::find(qint64 id) const
{
    const QList<Stored> found = select(QStringLiteral("WHERE r.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Stored>(found.constFirst());
}

QList<NotificationRuleRepository::Stored> NotificationRuleRepository::listOf(qint64 projectId) const
{
    return select(QStringLiteral("WHERE r.project_id = ? ORDER BY r.id"), {projectId});
}

qint64 NotificationRuleRepository::insert(storage::Transaction &tx, const Stored &rule)
{
    return tx
        .exec(QStringLiteral("INSERT INTO notification_rules (name, channel, on_event, branches, url_sealed, "
                             "url_hint, secret_sealed, email, active, updated_at, project_id, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              valuesOf(rule) + storage::SqlParams{rule.projectId, rule.createdMs})
        .value(0, 0)
        .toLongLong();
}

void NotificationRuleRepository::update(storage::Transaction &tx, const Stored &rule)
{
    tx.exec(QStringLiteral("UPDATE notification_rules SET name = ?, channel = ?, on_event = ?, branches = ?, "
                           "url_sealed = ?, url_hint = ?, secret_sealed = ?, email = ?, active = ?, updated_at = ? "
                           "WHERE id = ?"),
            valuesOf(rule) + storage::SqlParams{rule.id});
}

void NotificationRuleRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM notification_rules WHERE id = ?"), {id});
}

QList<shared::NotificationDelivery> NotificationRuleRepository::deliveriesOf(qint64 ruleId, int limit) const
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT id, pipeline_id, pipeline_status, state, attempts, last_error, created_at, finished_at "
                       "FROM outbound_deliveries WHERE rule_id = ? ORDER BY id DESC LIMIT ?"),
        {ruleId, limit});
    return rows.map([&rows](int row) {
        shared::NotificationDelivery delivery;
        delivery.id = rows.value(row, 0).toLongLong();
        delivery.pipelineId = rows.value(row, 1).toLongLong();
        delivery.pipelineStatus = rows.value(row, 2).toString();
        delivery.state = rows.value(row, 3).toString();
        delivery.attempts = rows.value(row, 4).toInt();
        delivery.lastError = rows.value(row, 5).toString();
        delivery.createdAt = timeOf(rows.value(row, 6).toLongLong());
        if (!rows.value(row, 7).isNull())
            delivery.finishedAt = timeOf(rows.value(row, 7).toLongLong());
        return delivery;
    });
}

} // namespace adp::server::notifications
