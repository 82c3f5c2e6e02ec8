#include "NotificationRules.h"

#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace adp::server::notifications {

using shared::FieldErrors;
using shared::NotificationRule;
using shared::NotificationRuleFields;

namespace {

QDateTime timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void refuse(FieldErrors &errors, const QString &field, const char *code, const QString &message)
{
    errors.append({field, QString::fromLatin1(code), message});
}

} // namespace

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

Outcome<NotificationRules::Stored> NotificationRules::find(const MutationContext &context, qint64 id,
                                                           const QString &action) const
{
    return m.projects.authorizeThing(context, m.rules.find(id), action, QStringLiteral("Notification rule"));
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
            rule.urlHint = http::TargetPolicy::hintOf(url) + QStringLiteral("/…"); // the rest may hold a token
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

Outcome<QList<NotificationRule>> NotificationRules::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("notification.rule.list"));
    if (!found.ok())
        return found.error();
    QList<NotificationRule> rules;
    for (const Stored &stored : m.rules.listOf(found.value().project.id))
        rules.append(present(stored));
    return rules;
}

Outcome<NotificationRule> NotificationRules::get(const MutationContext &context, qint64 id)
{
    const auto stored = find(context, id, QStringLiteral("notification.rule.read"));
    if (!stored.ok())
        return stored.error();
    return present(stored.value());
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
    rule.value().id = m.rules.insert(tx, rule.value());
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
    const auto current = find(context, id, QStringLiteral("notification.rule.update"));
    if (!current.ok())
        return current.error();
    auto rule = merged(current.value(), fields, invalid, false);
    if (!rule.ok())
        return rule.error();
    rule.value().updatedMs = m.clock.nowMs();
    storage::Transaction tx(m.database);
    m.rules.update(tx, rule.value());
    m.audit.record(tx, context,
                   {QStringLiteral("notification.rule_updated"), QStringLiteral("notification_rule"),
                    QString::number(id), summary(current.value()), summary(rule.value())});
    tx.commit();
    return present(rule.value());
}

Outcome<Unit> NotificationRules::remove(const MutationContext &context, qint64 id)
{
    const auto current = find(context, id, QStringLiteral("notification.rule.delete"));
    if (!current.ok())
        return current.error();
    storage::Transaction tx(m.database);
    m.rules.remove(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("notification.rule_deleted"),
                    QStringLiteral("notification_rule"),
                    QString::number(id),
                    summary(current.value()),
                    {}});
    tx.commit();
    return Unit{};
}

Outcome<QList<shared::NotificationDelivery>> NotificationRules::deliveries(const MutationContext &context, qint64 id)
{
    const auto current = find(context, id, QStringLiteral("notification.rule.read"));
    if (!current.ok())
        return current.error();
    return m.rules.deliveriesOf(id, kShownDeliveries);
}

std::optional<NotificationRules::Opened> NotificationRules::open(qint64 id) const
{
    const auto stored = m.rules.find(id);
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
