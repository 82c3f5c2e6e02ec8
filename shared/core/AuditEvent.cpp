#include "AuditEvent.h"

#include "ApiTime.h"

#include <QJsonArray>

namespace adp::shared {

namespace {
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}
} // namespace

QJsonObject AuditScope::toJson() const
{
    return {{QStringLiteral("organisation_id"), idOrNull(organisationId)},
            {QStringLiteral("project_id"), idOrNull(projectId)},
            {QStringLiteral("environment_id"), idOrNull(environmentId)}};
}

AuditScope AuditScope::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("organisation_id")).toInteger(),
            object.value(QStringLiteral("project_id")).toInteger(),
            object.value(QStringLiteral("environment_id")).toInteger()};
}

QJsonObject AuditEvent::toJson() const
{
    return {
        {QStringLiteral("seq"), seq},
        {QStringLiteral("occurred_at"), toApiTime(occurredAt)},
        {QStringLiteral("actor"), QJsonObject{{QStringLiteral("id"), actorId > 0 ? QJsonValue(actorId) : QJsonValue()},
                                              {QStringLiteral("name"), actorName}}},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), targetType}, {QStringLiteral("id"), targetId}}},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("user_agent"), userAgent},
        {QStringLiteral("before"), before.isEmpty() ? QJsonValue() : QJsonValue(before)},
        {QStringLiteral("after"), after.isEmpty() ? QJsonValue() : QJsonValue(after)},
        {QStringLiteral("scope"), scope.toJson()}};
}

std::optional<AuditEvent> AuditEvent::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("seq")).isDouble())
        return std::nullopt;
    AuditEvent event;
    event.seq = object.value(QStringLiteral("seq")).toInteger();
    event.occurredAt = fromApiTime(object.value(QStringLiteral("occurred_at")).toString());
    const QJsonObject actor = object.value(QStringLiteral("actor")).toObject();
    event.actorId = actor.value(QStringLiteral("id")).toInteger();
    event.actorName = actor.value(QStringLiteral("name")).toString();
    event.action = object.value(QStringLiteral("action")).toString();
    const QJsonObject target = object.value(QStringLiteral("target")).toObject();
    event.targetType = target.value(QStringLiteral("type")).toString();
    event.targetId = target.value(QStringLiteral("id")).toString();
    event.requestId = object.value(QStringLiteral("request_id")).toString();
    event.ip = object.value(QStringLiteral("ip")).toString();
    event.userAgent = object.value(QStringLiteral("user_agent")).toString();
    event.before = object.value(QStringLiteral("before")).toObject();
    event.after = object.value(QStringLiteral("after")).toObject();
    event.scope = AuditScope::fromJson(object.value(QStringLiteral("scope")).toObject());
    return event;
}

QUrlQuery AuditQuery::toUrlQuery() const
{
    QUrlQuery query;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(QString::fromLatin1(key), value);
    };
    add("actor", actor);
    add("action", action);
    add("target_type", targetType);
    add("target_id", targetId);
    add("outcome", outcome);
    const auto addId = [&](const char *key, qint64 id) {
        if (id > 0)
            query.addQueryItem(QString::fromLatin1(key), QString::number(id));
    };
    addId("organisation_id", scope.organisationId);
    addId("project_id", scope.projectId);
    addId("environment_id", scope.environmentId);
    add("since", toApiTime(since));
    add("until", toApiTime(until));
    add("cursor", cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return query;
}

QUrlQuery AuditQuery::filtersUrlQuery() const
{
    QUrlQuery query = toUrlQuery();
    query.removeAllQueryItems(QStringLiteral("cursor"));
    query.removeAllQueryItems(QStringLiteral("limit"));
    return query;
}

QJsonObject AuditQuery::filtersJson() const
{
    QJsonObject filters;
    for (const auto &[key, value] : filtersUrlQuery().queryItems(QUrl::FullyDecoded))
        filters.insert(key, value);
    return filters;
}

AuditQuery AuditQuery::fromUrlQuery(const QUrlQuery &query, FieldErrors &errors)
{
    AuditQuery result;
    const auto item = [&](const char *key) {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded).trimmed();
    };
    const auto text = [&](const char *key, int max) {
        const QString value = item(key);
        if (value.size() > max)
            errors.append({QString::fromLatin1(key), QString::fromLatin1(fieldcodes::TooLong),
                           QStringLiteral("must be at most %1 characters").arg(max)});
        return value;
    };
    const auto time = [&](const char *key) {
        const QString value = item(key);
        if (value.isEmpty())
            return QDateTime();
        const QDateTime parsed = fromApiTime(value);
        if (!parsed.isValid())
            errors.append({QString::fromLatin1(key), QString::fromLatin1(fieldcodes::InvalidFormat),
                           QStringLiteral("must be an ISO 8601 time such as 2026-11-26T09:30:00Z")});
        return parsed;
    };
    result.actor = text("actor", 64);
    result.action = text("action", 100);
    result.targetType = text("target_type", 50);
    result.targetId = text("target_id", 100);
    result.outcome = item("outcome");
    if (!result.outcome.isEmpty() && result.outcome != u"success" && result.outcome != u"failure") {
        errors.append({QStringLiteral("outcome"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("must be success or failure")});
        result.outcome.clear();
    }
    const auto id = [&](const char *key) -> qint64 {
        const QString value = item(key);
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const qint64 parsed = value.toLongLong(&ok);
        if (!ok || parsed < 1) {
            errors.append({QString::fromLatin1(key), QString::fromLatin1(fieldcodes::InvalidValue),
                           QStringLiteral("must be a positive integer id")});
            return 0;
        }
        return parsed;
    };
    result.scope = {id("organisation_id"), id("project_id"), id("environment_id")};
    result.since = time("since");
    result.until = time("until");
    result.cursor = item("cursor");
    const QString limit = item("limit");
    if (!limit.isEmpty()) {
        bool ok = false;
        result.limit = limit.toInt(&ok);
        if (!ok || result.limit < 1 || result.limit > kMaxLimit) {
            errors.append({QStringLiteral("limit"), QString::fromLatin1(fieldcodes::InvalidValue),
                           QStringLiteral("must be an integer from 1 to %1").arg(kMaxLimit)});
            result.limit = kDefaultLimit;
        }
    }
    return result;
}

QJsonObject AuditVerification::toJson() const
{
    QJsonArray list;
    for (const Finding &finding : findings)
        list.append(QJsonObject{{QStringLiteral("kind"), finding.kind},
                                {QStringLiteral("seq"), finding.seq},
                                {QStringLiteral("message"), finding.message}});
    return {{QStringLiteral("intact"), intact},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("unsealed"), unsealed},
            {QStringLiteral("archived_through"), archivedThrough},
            {QStringLiteral("findings"), list}};
}

AuditVerification AuditVerification::fromJson(const QJsonObject &object)
{
    AuditVerification result;
    result.intact = object.value(QStringLiteral("intact")).toBool();
    result.checked = object.value(QStringLiteral("checked")).toInteger();
    result.unsealed = object.value(QStringLiteral("unsealed")).toInteger();
    result.archivedThrough = object.value(QStringLiteral("archived_through")).toInteger();
    for (const QJsonValue &value : object.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        result.findings.append({finding.value(QStringLiteral("kind")).toString(),
                                finding.value(QStringLiteral("seq")).toInteger(),
                                finding.value(QStringLiteral("message")).toString()});
    }
    return result;
}

} // namespace adp::shared
