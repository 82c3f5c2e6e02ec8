#include "ComplianceReport.h"

#include "ApiTime.h"

#include <QJsonArray>

namespace adp::shared {

namespace compliancechecks {
QStringList all()
{
    return {QString::fromLatin1(ProductionApprovals), QString::fromLatin1(FreezeDeploys),
            QString::fromLatin1(RolesBeyondTeam),     QString::fromLatin1(StaleTokens),
            QString::fromLatin1(UnusedAccounts),      QString::fromLatin1(SecretsNotRotated),
            QString::fromLatin1(SignInFailures),      QString::fromLatin1(AuditChain)};
}
} // namespace compliancechecks

namespace {
const QString kSince = QStringLiteral("since");
const QString kUntil = QStringLiteral("until");
const QString kStaleDays = QStringLiteral("stale_days");
const QString kRotationDays = QStringLiteral("rotation_days");
const QString kSignInThreshold = QStringLiteral("sign_in_threshold");
} // namespace

QUrlQuery ComplianceQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (since.isValid())
        query.addQueryItem(kSince, toApiTime(since));
    if (until.isValid())
        query.addQueryItem(kUntil, toApiTime(until));
    query.addQueryItem(kStaleDays, QString::number(staleDays));
    query.addQueryItem(kRotationDays, QString::number(rotationDays));
    query.addQueryItem(kSignInThreshold, QString::number(signInThreshold));
    return query;
}

ComplianceQuery ComplianceQuery::fromUrlQuery(const QUrlQuery &query, FieldErrors &errors)
{
    ComplianceQuery result;
    const auto item = [&](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded).trimmed(); };
    const auto time = [&](const QString &key) {
        const QString value = item(key);
        if (value.isEmpty())
            return QDateTime();
        const QDateTime parsed = fromApiTime(value);
        if (!parsed.isValid())
            errors.append({key, QString::fromLatin1(fieldcodes::InvalidFormat),
                           QStringLiteral("must be an ISO 8601 time such as 2026-11-26T09:30:00Z")});
        return parsed;
    };
    const auto number = [&](const QString &key, int fallback, int max) {
        const QString value = item(key);
        if (value.isEmpty())
            return fallback;
        bool ok = false;
        const int parsed = value.toInt(&ok);
        if (ok && parsed >= 1 && parsed <= max)
            return parsed;
        errors.append({key, QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("must be an integer from 1 to %1").arg(max)});
        return fallback;
    };
    for (const auto &[key, value] : query.queryItems()) {
        if (key != kSince && key != kUntil && key != kStaleDays && key != kRotationDays && key != kSignInThreshold)
            errors.append({key, QString::fromLatin1(fieldcodes::InvalidValue),
                           QStringLiteral("is not a parameter of a compliance report")});
    }
    result.since = time(kSince);
    result.until = time(kUntil);
    if (result.since.isValid() && result.until.isValid() && result.since >= result.until)
        errors.append({kSince, QString::fromLatin1(fieldcodes::InvalidValue), QStringLiteral("must be before until")});
    result.staleDays = number(kStaleDays, kDefaultStaleDays, kMaxDays);
    result.rotationDays = number(kRotationDays, kDefaultRotationDays, kMaxDays);
    result.signInThreshold = number(kSignInThreshold, kDefaultSignInThreshold, 100000);
    return result;
}

QJsonObject ComplianceQuery::toJson() const
{
    return {{kSince, apiTimeOrNull(since)},
            {kUntil, apiTimeOrNull(until)},
            {kStaleDays, staleDays},
            {kRotationDays, rotationDays},
            {kSignInThreshold, signInThreshold}};
}

ComplianceQuery ComplianceQuery::fromJson(const QJsonObject &object)
{
    ComplianceQuery query;
    query.since = fromApiTime(object.value(kSince).toString());
    query.until = fromApiTime(object.value(kUntil).toString());
    query.staleDays = object.value(kStaleDays).toInt(kDefaultStaleDays);
    query.rotationDays = object.value(kRotationDays).toInt(kDefaultRotationDays);
    query.signInThreshold = object.value(kSignInThreshold).toInt(kDefaultSignInThreshold);
    return query;
}

QJsonObject ComplianceFinding::toJson() const
{
    QJsonArray seqs;
    for (const qint64 seq : events)
        seqs.append(seq);
    return {{QStringLiteral("subject"), subject},
            {QStringLiteral("at"), apiTimeOrNull(at)},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("events"), seqs},
            {QStringLiteral("event_count"), eventCount},
            {QStringLiteral("event_filter"), eventFilter}};
}

ComplianceFinding ComplianceFinding::fromJson(const QJsonObject &object)
{
    ComplianceFinding finding;
    finding.subject = object.value(QStringLiteral("subject")).toString();
    finding.at = fromApiTime(object.value(QStringLiteral("at")).toString());
    finding.facts = object.value(QStringLiteral("facts")).toObject();
    for (const QJsonValue &seq : object.value(QStringLiteral("events")).toArray())
        finding.events.append(seq.toInteger());
    finding.eventCount = object.value(QStringLiteral("event_count")).toInteger();
    finding.eventFilter = object.value(QStringLiteral("event_filter")).toObject();
    return finding;
}

QJsonObject ComplianceCheck::toJson() const
{
    QJsonArray list;
    for (const ComplianceFinding &finding : findings)
        list.append(finding.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("passed"), passed()},
            {QStringLiteral("examined"), examined},
            {QStringLiteral("truncated"), truncated},
            {QStringLiteral("findings"), list}};
}

ComplianceCheck ComplianceCheck::fromJson(const QJsonObject &object)
{
    ComplianceCheck check;
    check.id = object.value(QStringLiteral("id")).toString();
    check.truncated = object.value(QStringLiteral("truncated")).toBool();
    check.examined = object.value(QStringLiteral("examined")).toInteger();
    for (const QJsonValue &finding : object.value(QStringLiteral("findings")).toArray())
        check.findings.append(ComplianceFinding::fromJson(finding.toObject()));
    return check;
}

int ComplianceReport::failedChecks() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const ComplianceCheck &c) { return !c.passed(); }));
}

QJsonObject ComplianceReport::toJson() const
{
    QJsonArray list;
    for (const ComplianceCheck &check : checks)
        list.append(check.toJson());
    return {{QStringLiteral("generated_at"), toApiTime(generatedAt)},
            {QStringLiteral("generated_by"), generatedBy},
            {QStringLiteral("query"), query.toJson()},
            {QStringLiteral("failed_checks"), failedChecks()},
            {QStringLiteral("checks"), list}};
}

std::optional<ComplianceReport> ComplianceReport::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("checks")).isArray())
        return std::nullopt;
    ComplianceReport report;
    report.generatedAt = fromApiTime(object.value(QStringLiteral("generated_at")).toString());
    report.generatedBy = object.value(QStringLiteral("generated_by")).toString();
    report.query = ComplianceQuery::fromJson(object.value(QStringLiteral("query")).toObject());
    for (const QJsonValue &check : object.value(QStringLiteral("checks")).toArray())
        report.checks.append(ComplianceCheck::fromJson(check.toObject()));
    return report;
}

} // namespace adp::shared
