#include "NotificationRules.h"

#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::server::notifications {

using shared::FieldErrors;
using shared::NotificationRule;
using shared::NotificationRuleFields;
using storage::SqlParams;

struct NotificationRules::Stored
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString projectSlug;
    QString name;
    QString channel;
    QString when;
    QStringList branches;
    QString urlSealed;
    QString urlHint;
    QString secretSealed; // the signing secret, or an email rule's SMTP password
    shared::EmailSettings email;
    bool active = true;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

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

// What may be shown of a URL whose path or query holds a token.
QString hintOf(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.authority() + QStringLiteral("/…");
}

void refuse(FieldErrors &errors, const QString &field, const char *code, const QString &message)
{
    errors.append({field, QString::fromLatin1(code), message});
}

} // namespace

std::optional<NotificationRules::Stored> NotificationRules::load(qint64 id) const
{
    const auto rows = m.database.query(kSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    Stored stored;
    stored.id = rows.value(0, 0).toLongLong();
    stored.projectId = rows.value(0, 1).toLongLong();
    stored.projectSlug = rows.value(0, 2).toString();
    stored.name = rows.value(0, 3).toString();
    stored.channel = rows.value(0, 4).toString();
    stored.when = rows.value(0, 5).toString();
    for (const QJsonValue &glob : QJsonDocument::fromJson(rows.value(0, 6).toString().toUtf8()).array())
        stored.branches.append(glob.toString());
    stored.urlSealed = rows.value(0, 7).toString();
    stored.urlHint = rows.value(0, 8).toString();
    stored.secretSealed = rows.value(0, 9).toString();
    stored.email =
        shared::EmailSettings::fromJson(QJsonDocument::fromJson(rows.value(0, 10).toString().toUtf8()).object());
    stored.active = rows.value(0, 11).toBool();
    stored.createdMs = rows.value(0, 12).toLongLong();
    stored.updatedMs = rows.value(0, 13).toLongLong();
    return stored;
}

NotificationRule NotificationRules::present(const Stored &stored) const
{
    NotificationRule rule;
    rule.id = stored.id;
    rule.project = stored.projectSlug;
    rule.name = stored.name;
    rule.channel = stored.channel;
    rule.when = stored.when;
    rule.branches = stored.branches;
    rule.urlHint = stored.urlHint;
    rule.hasSecret = !stored.secretSealed.isEmpty();
    rule.email = stored.email;
    rule.hasPassword = !stored.secretSealed.isEmpty();
    rule.active = stored.active;
    rule.createdAt = timeOf(stored.createdMs);
    rule.updatedAt = timeOf(stored.updatedMs);
    return rule;
}

QJsonObject NotificationRules::summary(const Stored &rule)
{
    QJsonObject summary{{QStringLiteral("name"), rule.name},
                        {QStringLiteral("channel"), rule.channel},
                        {QStringLiteral("when"), rule.when},
                        {QStringLiteral("branches"), QJsonArray::fromStringList(rule.branches)},
                        {QStringLiteral("active"), rule.active}};
    if (rule.channel == u"email")
        summary.insert(QStringLiteral("email"), rule.email.toJson());
    else
        summary.insert(QStringLiteral("url_hint"), rule.urlHint);
    return summary;
}

Outcome<qint64> NotificationRules::authorize(const MutationContext &context, const Stored &stored,
                                             const QString &action)
{
    return m.projects.authorizeWithin(context, stored.projectId, action, QStringLiteral("Notification rule"));
}

Outcome<NotificationRules::Stored> NotificationRules::merged(const Stored &current,
                                                             const NotificationRuleFields &fields, FieldErrors errors,
                                                             bool creating) const
{
    errors.append(fields.validate(creating));
    Stored rule = current;
    if (fields.name)
        rule.name = *fields.name;
    if (fields.when)
        rule.when = *fields.when;
    if (fields.branches)
        rule.branches = *fields.branches;
    if (fields.active)
        rule.active = *fields.active;
    if (fields.channel && *fields.channel != rule.channel) {
        rule.channel = *fields.channel; // another service: its URL and secrets are not the old one's
        rule.urlSealed.clear();
        rule.urlHint.clear();
        rule.secretSealed.clear();
        rule.email = {};
    }
    const bool email = rule.channel == u"email";
    if (fields.url) {
        const QUrl url(*fields.url, QUrl::StrictMode);
        const QString refusal = m.policy.urlRefusal(url, false);
        if (email)
            refuse(errors, QStringLiteral("url"), shared::fieldcodes::UnknownField,
                   QStringLiteral("is not used by email rules"));
        else if (fields.url->size() > 2048 || !refusal.isEmpty())
            refuse(errors, QStringLiteral("url"), shared::fieldcodes::InvalidValue,
                   refusal.isEmpty() ? QStringLiteral("must be at most 2048 characters") : refusal);
        else {
            rule.urlSealed = m.secrets.seal(*fields.url);
            rule.urlHint = hintOf(url);
        }
    }
    if (fields.email) {
        if (!email) {
            refuse(errors, QStringLiteral("email"), shared::fieldcodes::UnknownField,
                   QStringLiteral("is only used by email rules"));
        } else {
            const QString refusal = m.policy.refusal(fields.email->host, false);
            if (!refusal.isEmpty())
                refuse(errors, QStringLiteral("email.host"), shared::fieldcodes::InvalidValue, refusal);
            rule.email = *fields.email;
        }
    }
    if (fields.secret && email)
        refuse(errors, QStringLiteral("secret"), shared::fieldcodes::UnknownField,
               QStringLiteral("is not used by email rules; an SMTP password is `password`"));
    else if (fields.secret && (rule.channel == u"slack" || rule.channel == u"wecom"))
        refuse(errors, QStringLiteral("secret"), shared::fieldcodes::UnknownField,
               QStringLiteral("%1 webhooks are not signed; the token is in the URL").arg(rule.channel));
    else if (fields.secret)
        rule.secretSealed = fields.secret->isEmpty() ? QString() : m.secrets.seal(*fields.secret);
    if (fields.password && !email)
        refuse(errors, QStringLiteral("password"), shared::fieldcodes::UnknownField,
               QStringLiteral("is only used by email rules"));
    else if (fields.password)
        rule.secretSealed = fields.password->isEmpty() ? QString() : m.secrets.seal(*fields.password);
    // What the rule needs to be sent at all.
    if (errors.isEmpty() && !email && rule.urlSealed.isEmpty())
        refuse(errors, QStringLiteral("url"), shared::fieldcodes::Required,
               QStringLiteral("is required: the %1 webhook's address").arg(rule.channel));
    if (errors.isEmpty() && email && rule.email.host.isEmpty())
        refuse(errors, QStringLiteral("email"), shared::fieldcodes::Required,
               QStringLiteral("is required: the SMTP server and the addresses"));
    if (errors.isEmpty() && email && !rule.email.username.isEmpty() && rule.secretSealed.isEmpty())
        refuse(errors, QStringLiteral("password"), shared::fieldcodes::Required,
               QStringLiteral("is required to sign in to the SMTP server as %1").arg(rule.email.username));
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    return rule;
}

void NotificationRules::store(storage::Transaction &tx, const Stored &rule, bool creating, qint64 &id) const
{
    const SqlParams values{
        rule.name,      rule.channel,  rule.when,         jsonText(QJsonArray::fromStringList(rule.branches)),
        rule.urlSealed, rule.urlHint,  rule.secretSealed, jsonText(rule.email.toJson()),
        rule.active,    rule.updatedMs};
    if (creating) {
        id = tx.exec(QStringLiteral("INSERT INTO notification_rules (name, channel, on_event, branches, url_sealed, "
                                    "url_hint, secret_sealed, email, active, updated_at, project_id, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     values + SqlParams{rule.projectId, rule.createdMs})
                 .value(0, 0)
                 .toLongLong();
        return;
    }
    tx.exec(QStringLiteral("UPDATE notification_rules SET name = ?, channel = ?, on_event = ?, branches = ?, "
                           "url_sealed = ?, url_hint = ?, secret_sealed = ?, email = ?, active = ?, updated_at = ? "
                           "WHERE id = ?"),
            values + SqlParams{rule.id});
}

Outcome<QList<NotificationRule>> NotificationRules::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("notification.rule.list"));
    if (!found.ok())
        return found.error();
    const auto rows =
        m.database.query(QStringLiteral("SELECT id FROM notification_rules WHERE project_id = ? ORDER BY id"),
                         {found.value().project.id});
    QList<NotificationRule> rules;
    for (int row = 0; row < rows.size(); ++row) {
        if (const auto stored = load(rows.value(row, 0).toLongLong()))
            rules.append(present(*stored));
    }
    return rules;
}

Outcome<NotificationRule> NotificationRules::get(const MutationContext &context, qint64 id)
{
    const auto stored = load(id);
    if (!stored)
        return ServiceError::notFound(QStringLiteral("Notification rule"));
    const auto allowed = authorize(context, *stored, QStringLiteral("notification.rule.read"));
    if (!allowed.ok())
        return allowed.error();
    return present(*stored);
}

Outcome<NotificationRule> NotificationRules::create(const MutationContext &context, const QString &projectKey,
                                                    const NotificationRuleFields &fields, const FieldErrors &invalid)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("notification.rule.create"));
    if (!found.ok())
        return found.error();
    Stored empty;
    empty.projectId = found.value().project.id;
    empty.projectSlug = found.value().project.slug;
    empty.channel = fields.channel.value_or(QString());
    empty.createdMs = empty.updatedMs = m.clock.nowMs();
    auto rule = merged(empty, fields, invalid, true);
    if (!rule.ok())
        return rule.error();
    storage::Transaction tx(m.database);
    store(tx, rule.value(), true, rule.value().id);
    m.audit.record(tx, context,
                   {QStringLiteral("notification.rule_created"),
                    QStringLiteral("notification_rule"),
                    QString::number(rule.value().id),
                    {},
                    summary(rule.value())});
    tx.commit();
    return present(rule.value());
}

Outcome<NotificationRule> NotificationRules::update(const MutationContext &context, qint64 id,
                                                    const NotificationRuleFields &fields, const FieldErrors &invalid)
{
    const auto current = load(id);
    if (!current)
        return ServiceError::notFound(QStringLiteral("Notification rule"));
    const auto allowed = authorize(context, *current, QStringLiteral("notification.rule.update"));
    if (!allowed.ok())
        return allowed.error();
    auto rule = merged(*current, fields, invalid, false);
    if (!rule.ok())
        return rule.error();
    rule.value().updatedMs = m.clock.nowMs();
    storage::Transaction tx(m.database);
    qint64 unused = id;
    store(tx, rule.value(), false, unused);
    m.audit.record(tx, context,
                   {QStringLiteral("notification.rule_updated"), QStringLiteral("notification_rule"),
                    QString::number(id), summary(*current), summary(rule.value())});
    tx.commit();
    return present(rule.value());
}

Outcome<Unit> NotificationRules::remove(const MutationContext &context, qint64 id)
{
    const auto current = load(id);
    if (!current)
        return ServiceError::notFound(QStringLiteral("Notification rule"));
    const auto allowed = authorize(context, *current, QStringLiteral("notification.rule.delete"));
    if (!allowed.ok())
        return allowed.error();
    storage::Transaction tx(m.database);
    tx.exec(QStringLiteral("DELETE FROM notification_rules WHERE id = ?"), {id});
    m.audit.record(tx, context,
                   {QStringLiteral("notification.rule_deleted"),
                    QStringLiteral("notification_rule"),
                    QString::number(id),
                    summary(*current),
                    {}});
    tx.commit();
    return Unit{};
}

Outcome<QList<shared::NotificationDelivery>> NotificationRules::deliveries(const MutationContext &context, qint64 id)
{
    const auto current = load(id);
    if (!current)
        return ServiceError::notFound(QStringLiteral("Notification rule"));
    const auto allowed = authorize(context, *current, QStringLiteral("notification.rule.read"));
    if (!allowed.ok())
        return allowed.error();
    const auto rows = m.database.query(
        QStringLiteral("SELECT id, pipeline_id, pipeline_status, state, attempts, last_error, created_at, finished_at "
                       "FROM outbound_deliveries WHERE rule_id = ? ORDER BY id DESC LIMIT ?"),
        {id, kShownDeliveries});
    QList<shared::NotificationDelivery> deliveries;
    for (int row = 0; row < rows.size(); ++row) {
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
        deliveries.append(delivery);
    }
    return deliveries;
}

std::optional<NotificationRules::Opened> NotificationRules::open(qint64 id) const
{
    const auto stored = load(id);
    if (!stored)
        return std::nullopt;
    Opened opened;
    opened.channel = stored->channel;
    opened.email = stored->email;
    if (!stored->urlSealed.isEmpty()) {
        const auto url = m.secrets.open(stored->urlSealed);
        if (!url)
            return std::nullopt;
        opened.url = QUrl(*url);
    }
    if (!stored->secretSealed.isEmpty()) {
        const auto secret = m.secrets.open(stored->secretSealed);
        if (!secret)
            return std::nullopt;
        (stored->channel == u"email" ? opened.password : opened.secret) = *secret;
    }
    return opened;
}

} // namespace adp::server::notifications
