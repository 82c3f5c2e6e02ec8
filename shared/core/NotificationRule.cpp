#include "NotificationRule.h"

#include "ApiTime.h"
#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace adp::shared {

const QStringList NotificationRule::kChannels = {QStringLiteral("webhook"),  QStringLiteral("slack"),
                                                 QStringLiteral("dingtalk"), QStringLiteral("feishu"),
                                                 QStringLiteral("wecom"),    QStringLiteral("email")};
const QStringList NotificationRule::kWhens = {QStringLiteral("failure"), QStringLiteral("recovery"),
                                              QStringLiteral("always")};

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

void invalid(FieldErrors &errors, const QString &field, const QString &message)
{
    errors.append({field, QString::fromLatin1(fieldcodes::InvalidValue), message});
}

} // namespace

bool looksLikeEmailAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s<>\"(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                                                           "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QJsonObject EmailSettings::toJson() const
{
    return {{QStringLiteral("host"), host},         {QStringLiteral("port"), port},
            {QStringLiteral("security"), security}, {QStringLiteral("username"), username},
            {QStringLiteral("from"), from},         {QStringLiteral("to"), toArray(to)}};
}

EmailSettings EmailSettings::fromJson(const QJsonObject &object)
{
    EmailSettings settings;
    settings.host = object.value(QStringLiteral("host")).toString();
    settings.port = object.value(QStringLiteral("port")).toInt(587);
    settings.security = object.value(QStringLiteral("security")).toString(QStringLiteral("starttls"));
    settings.username = object.value(QStringLiteral("username")).toString();
    settings.from = object.value(QStringLiteral("from")).toString();
    settings.to = toStringList(object.value(QStringLiteral("to")));
    return settings;
}

QJsonObject NotificationRule::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("project"), project},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("channel"), channel},
                     {QStringLiteral("when"), when},
                     {QStringLiteral("branches"), toArray(branches)},
                     {QStringLiteral("active"), active},
                     {QStringLiteral("created_at"), toApiTime(createdAt)},
                     {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
    if (channel == u"email") {
        json.insert(QStringLiteral("email"), email.toJson());
        json.insert(QStringLiteral("has_password"), hasPassword);
    } else {
        json.insert(QStringLiteral("url_hint"), urlHint);
        json.insert(QStringLiteral("has_secret"), hasSecret);
    }
    return json;
}

std::optional<NotificationRule> NotificationRule::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    NotificationRule rule;
    rule.id = object.value(QStringLiteral("id")).toInteger();
    rule.project = object.value(QStringLiteral("project")).toString();
    rule.name = object.value(QStringLiteral("name")).toString();
    rule.channel = object.value(QStringLiteral("channel")).toString();
    rule.when = object.value(QStringLiteral("when")).toString();
    rule.branches = toStringList(object.value(QStringLiteral("branches")));
    rule.urlHint = object.value(QStringLiteral("url_hint")).toString();
    rule.hasSecret = object.value(QStringLiteral("has_secret")).toBool();
    rule.email = EmailSettings::fromJson(object.value(QStringLiteral("email")).toObject());
    rule.hasPassword = object.value(QStringLiteral("has_password")).toBool();
    rule.active = object.value(QStringLiteral("active")).toBool(true);
    rule.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    rule.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    return rule;
}

NotificationRuleFields NotificationRuleFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    NotificationRuleFields fields;
    fields.name = reader.string(QStringLiteral("name"));
    fields.channel = reader.string(QStringLiteral("channel"));
    fields.when = reader.string(QStringLiteral("when"));
    fields.branches = reader.stringList(QStringLiteral("branches"));
    fields.url = reader.string(QStringLiteral("url"));
    fields.secret = reader.string(QStringLiteral("secret"));
    fields.password = reader.string(QStringLiteral("password"));
    fields.active = reader.boolean(QStringLiteral("active"));
    const QJsonValue email = reader.raw(QStringLiteral("email"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    if (!email.isUndefined()) {
        if (!email.isObject()) {
            errors.append({QStringLiteral("email"), QString::fromLatin1(fieldcodes::InvalidType),
                           QStringLiteral("must be an object")});
        } else {
            const QJsonObject settings = email.toObject();
            for (auto it = settings.begin(); it != settings.end(); ++it) {
                static const QStringList known = {QStringLiteral("host"),     QStringLiteral("port"),
                                                  QStringLiteral("security"), QStringLiteral("username"),
                                                  QStringLiteral("from"),     QStringLiteral("to")};
                if (!known.contains(it.key()))
                    errors.append({QStringLiteral("email.") + it.key(), QString::fromLatin1(fieldcodes::UnknownField),
                                   QStringLiteral("is not a field of email")});
            }
            const QJsonValue port = settings.value(QStringLiteral("port"));
            const QJsonValue to = settings.value(QStringLiteral("to"));
            if (!port.isUndefined() && !port.isDouble())
                errors.append({QStringLiteral("email.port"), QString::fromLatin1(fieldcodes::InvalidType),
                               QStringLiteral("must be a number")});
            if (!to.isUndefined() && !to.isArray())
                errors.append({QStringLiteral("email.to"), QString::fromLatin1(fieldcodes::InvalidType),
                               QStringLiteral("must be a list of addresses")});
            fields.email = EmailSettings::fromJson(settings);
        }
    }
    if (fields.name)
        fields.name = fields.name->trimmed();
    if (fields.url)
        fields.url = fields.url->trimmed();
    return fields;
}

QJsonObject NotificationRuleFields::toJson() const
{
    QJsonObject object;
    if (name)
        object.insert(QStringLiteral("name"), *name);
    if (channel)
        object.insert(QStringLiteral("channel"), *channel);
    if (when)
        object.insert(QStringLiteral("when"), *when);
    if (branches)
        object.insert(QStringLiteral("branches"), toArray(*branches));
    if (url)
        object.insert(QStringLiteral("url"), *url);
    if (secret)
        object.insert(QStringLiteral("secret"), *secret);
    if (email)
        object.insert(QStringLiteral("email"), email->toJson());
    if (password)
        object.insert(QStringLiteral("password"), *password);
    if (active)
        object.insert(QStringLiteral("active"), *active);
    return object;
}

FieldErrors NotificationRuleFields::validate(bool creating) const
{
    FieldErrors errors;
    const auto require = [&](const auto &value, const QString &field) {
        if (creating && !value)
            errors.append({field, QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    };
    require(name, QStringLiteral("name"));
    require(channel, QStringLiteral("channel"));
    require(when, QStringLiteral("when"));
    if (name && (name->isEmpty() || name->size() > kNameMax))
        invalid(errors, QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters").arg(kNameMax));
    if (channel && !NotificationRule::kChannels.contains(*channel))
        invalid(errors, QStringLiteral("channel"),
                QStringLiteral("must be one of ") + NotificationRule::kChannels.join(u", "));
    if (when && !NotificationRule::kWhens.contains(*when))
        invalid(errors, QStringLiteral("when"),
                QStringLiteral("must be one of ") + NotificationRule::kWhens.join(u", "));
    if (branches) {
        const bool bad = std::any_of(branches->begin(), branches->end(), [](const QString &glob) {
            return glob.trimmed().isEmpty() || glob.size() > 255 || glob.contains(u' ');
        });
        if (branches->size() > kMaxBranches || bad)
            invalid(errors, QStringLiteral("branches"),
                    QStringLiteral("must be at most %1 branch names or globs such as release/*").arg(kMaxBranches));
    }
    if (secret && secret->size() > 1024)
        invalid(errors, QStringLiteral("secret"), QStringLiteral("must be at most 1024 characters"));
    if (password && password->size() > 1024)
        invalid(errors, QStringLiteral("password"), QStringLiteral("must be at most 1024 characters"));
    if (email) {
        static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.-]{1,253}$|^\\[[0-9A-Fa-f:.]+\\]$"));
        if (!hostPattern.match(email->host).hasMatch())
            invalid(errors, QStringLiteral("email.host"), QStringLiteral("must be the SMTP server's host name"));
        if (email->port < 1 || email->port > 65535)
            invalid(errors, QStringLiteral("email.port"), QStringLiteral("must be 1 to 65535"));
        if (!QStringList{QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none")}.contains(
                email->security))
            invalid(errors, QStringLiteral("email.security"), QStringLiteral("must be starttls, tls or none"));
        if (!looksLikeEmailAddress(email->from))
            invalid(errors, QStringLiteral("email.from"),
                    QStringLiteral("'%1' is not an email address").arg(email->from));
        if (email->to.isEmpty() || email->to.size() > kMaxRecipients)
            invalid(errors, QStringLiteral("email.to"),
                    QStringLiteral("must name 1 to %1 addresses").arg(kMaxRecipients));
        for (const QString &address : email->to) {
            if (!looksLikeEmailAddress(address)) {
                invalid(errors, QStringLiteral("email.to"),
                        QStringLiteral("'%1' is not an email address").arg(address));
                break;
            }
        }
        if (email->username.size() > 255 || email->username.contains(u'\n') || email->username.contains(u'\r'))
            invalid(errors, QStringLiteral("email.username"),
                    QStringLiteral("must be one line of at most 255 characters"));
    }
    return errors;
}

QJsonObject NotificationDelivery::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("pipeline_id"), pipelineId},
            {QStringLiteral("pipeline_status"), pipelineStatus},
            {QStringLiteral("state"), state},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("last_error"), lastError},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("finished_at"), apiTimeOrNull(finishedAt)}};
}

std::optional<NotificationDelivery> NotificationDelivery::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    NotificationDelivery delivery;
    delivery.id = object.value(QStringLiteral("id")).toInteger();
    delivery.pipelineId = object.value(QStringLiteral("pipeline_id")).toInteger();
    delivery.pipelineStatus = object.value(QStringLiteral("pipeline_status")).toString();
    delivery.state = object.value(QStringLiteral("state")).toString();
    delivery.attempts = object.value(QStringLiteral("attempts")).toInt();
    delivery.lastError = object.value(QStringLiteral("last_error")).toString();
    delivery.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    delivery.finishedAt = fromApiTime(object.value(QStringLiteral("finished_at")).toString());
    return delivery;
}

} // namespace adp::shared
