#include "AuditStream.h"

#include "ApiTime.h"
#include "JsonFields.h"

namespace adp::shared {

QJsonObject AuditStream::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("url_hint"), urlHint},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("active"), active},
                     {QStringLiteral("after_seq"), afterSeq},
                     {QStringLiteral("behind"), behind},
                     {QStringLiteral("attempts"), attempts},
                     {QStringLiteral("last_error"), lastError},
                     {QStringLiteral("next_attempt_at"), toApiTime(nextAttemptAt)},
                     {QStringLiteral("last_sent_at"), toApiTime(lastSentAt)},
                     {QStringLiteral("created_by"), createdBy},
                     {QStringLiteral("created_at"), toApiTime(createdAt)}};
    if (!verificationToken.isEmpty())
        json.insert(QStringLiteral("verification_token"), verificationToken);
    return json;
}

std::optional<AuditStream> AuditStream::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    AuditStream stream;
    stream.id = object.value(QStringLiteral("id")).toInteger();
    stream.name = object.value(QStringLiteral("name")).toString();
    stream.urlHint = object.value(QStringLiteral("url_hint")).toString();
    stream.action = object.value(QStringLiteral("action")).toString();
    stream.outcome = object.value(QStringLiteral("outcome")).toString();
    stream.active = object.value(QStringLiteral("active")).toBool(true);
    stream.afterSeq = object.value(QStringLiteral("after_seq")).toInteger();
    stream.behind = object.value(QStringLiteral("behind")).toInteger();
    stream.attempts = object.value(QStringLiteral("attempts")).toInt();
    stream.lastError = object.value(QStringLiteral("last_error")).toString();
    stream.nextAttemptAt = fromApiTime(object.value(QStringLiteral("next_attempt_at")).toString());
    stream.lastSentAt = fromApiTime(object.value(QStringLiteral("last_sent_at")).toString());
    stream.createdBy = object.value(QStringLiteral("created_by")).toString();
    stream.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    stream.verificationToken = object.value(QStringLiteral("verification_token")).toString();
    return stream;
}

AuditStreamFields AuditStreamFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    AuditStreamFields fields;
    fields.name = reader.string(QStringLiteral("name"));
    fields.url = reader.string(QStringLiteral("url"));
    fields.action = reader.string(QStringLiteral("action"));
    fields.outcome = reader.string(QStringLiteral("outcome"));
    fields.active = reader.boolean(QStringLiteral("active"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject AuditStreamFields::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(QStringLiteral("name"), *name);
    if (url)
        json.insert(QStringLiteral("url"), *url);
    if (action)
        json.insert(QStringLiteral("action"), *action);
    if (outcome)
        json.insert(QStringLiteral("outcome"), *outcome);
    if (active)
        json.insert(QStringLiteral("active"), *active);
    return json;
}

FieldErrors AuditStreamFields::validate(bool creating) const
{
    FieldErrors errors;
    if (creating && !name)
        errors.append(requiredField(QStringLiteral("name")));
    if (creating && !url)
        errors.append(requiredField(QStringLiteral("url")));
    if (name && (name->trimmed().isEmpty() || name->size() > kNameMax))
        errors.append(invalidField(QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters").arg(kNameMax)));
    if (action && (action->size() > kActionMax || action->contains(u' ')))
        errors.append(invalidField(
            QStringLiteral("action"),
            QStringLiteral("must be an action or a prefix ending in '.', at most %1 characters").arg(kActionMax)));
    if (outcome && !outcome->isEmpty() && *outcome != u"success" && *outcome != u"failure")
        errors.append(invalidField(QStringLiteral("outcome"), QStringLiteral("must be success, failure or empty")));
    return errors;
}

} // namespace adp::shared
