#include "ComplianceChecks.h"

#include "shared/core/ApiTime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace adp::server::compliance {

namespace checks = shared::compliancechecks;
using shared::ComplianceCheck;
using shared::ComplianceFinding;

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kHourMs = 3600 * 1000;

QDateTime timeOf(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString deploymentSubject(const ports::StartedDeployment &deployment)
{
    return QStringLiteral("%1/%2 #%3").arg(deployment.project, deployment.environment).arg(deployment.iid);
}

QJsonObject deploymentFacts(const ports::StartedDeployment &deployment)
{
    return {{QStringLiteral("project"), deployment.project},
            {QStringLiteral("environment"), deployment.environment},
            {QStringLiteral("iid"), deployment.iid},
            {QStringLiteral("status"), deployment.status},
            {QStringLiteral("triggered_by"), deployment.triggeredBy}};
}

// The most frequent keys first, at most `limit`, as {"name": count}.
QJsonObject topCounts(const QHash<QString, int> &counts, int limit)
{
    QList<std::pair<QString, int>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QJsonObject top;
    for (int i = 0; i < std::min<int>(limit, int(sorted.size())); ++i)
        top.insert(sorted[i].first, sorted[i].second);
    return top;
}
} // namespace

bool ComplianceChecks::room(ComplianceCheck &check)
{
    if (check.findings.size() < ComplianceCheck::kMaxFindings)
        return true;
    check.truncated = true;
    return false;
}

shared::ComplianceReport ComplianceChecks::run(const shared::ComplianceQuery &query, const QString &generatedBy)
{
    shared::ComplianceReport report;
    report.generatedAt = m_clock.now();
    report.generatedBy = generatedBy;
    report.query = query;
    if (!report.query.until.isValid())
        report.query.until = report.generatedAt;
    if (!report.query.since.isValid())
        report.query.since = report.query.until.addDays(-shared::ComplianceQuery::kDefaultPeriodDays);
    const Period period{report.query.since.toMSecsSinceEpoch(), report.query.until.toMSecsSinceEpoch(),
                        report.generatedAt.toMSecsSinceEpoch()};

    const QList<ports::StartedDeployment> started = m.deployments.startedBetween(period.sinceMs, period.untilMs);
    report.checks = {productionApprovals(started),
                     freezeDeploys(started),
                     rolesBeyondTeam(),
                     staleTokens(period, report.query.staleDays),
                     unusedAccounts(period, report.query.staleDays),
                     secretsNotRotated(period, report.query.rotationDays),
                     signInFailures(period, report.query.signInThreshold),
                     auditChain()};
    return report;
}

ComplianceCheck ComplianceChecks::productionApprovals(const QList<ports::StartedDeployment> &started)
{
    ComplianceCheck check{QString::fromLatin1(checks::ProductionApprovals)};
    for (const ports::StartedDeployment &deployment : started) {
        if (deployment.tier != u"production")
            continue;
        ++check.examined;
        if ((deployment.approvalRequired && deployment.approvalsSatisfied) || !room(check))
            continue;
        ComplianceFinding finding{deploymentSubject(deployment), timeOf(deployment.startedAtMs),
                                  deploymentFacts(deployment)};
        finding.facts.insert(QStringLiteral("approval_rule"), deployment.approvalRequired);
        finding.facts.insert(QStringLiteral("approvals"), deployment.approvals);
        m_links.link(finding, EventLinks::target(QStringLiteral("deployment"), deployment.id));
        check.findings.append(std::move(finding));
    }
    return check;
}

ComplianceCheck ComplianceChecks::freezeDeploys(const QList<ports::StartedDeployment> &started)
{
    ComplianceCheck check{QString::fromLatin1(checks::FreezeDeploys)};
    check.examined = started.size();
    for (const ports::StartedDeployment &deployment : started) {
        if (deployment.freezeOverriddenBy.isEmpty() || !room(check))
            continue;
        ComplianceFinding finding{deploymentSubject(deployment), timeOf(deployment.startedAtMs),
                                  deploymentFacts(deployment)};
        finding.facts.insert(QStringLiteral("overridden_by"), deployment.freezeOverriddenBy);
        m_links.link(finding, EventLinks::target(QStringLiteral("deployment"), deployment.id,
                                                 QStringLiteral("deployment.freeze_overridden")));
        check.findings.append(std::move(finding));
    }
    return check;
}

ComplianceCheck ComplianceChecks::rolesBeyondTeam()
{
    ComplianceCheck check{QString::fromLatin1(checks::RolesBeyondTeam)};
    const QList<ports::RoleAboveTeams> grants = m.memberships.rolesAboveTeams();
    check.examined = grants.size();
    for (const ports::RoleAboveTeams &grant : grants) {
        if (!room(check))
            break;
        ComplianceFinding finding{QStringLiteral("%1: %2").arg(grant.project, grant.username),
                                  {},
                                  {{QStringLiteral("project"), grant.project},
                                   {QStringLiteral("user"), grant.username},
                                   {QStringLiteral("role"), grant.directRole},
                                   {QStringLiteral("team_role"), grant.teamRole},
                                   {QStringLiteral("teams"), QJsonArray::fromStringList(grant.teams)}}};
        m_links.link(finding,
                     EventLinks::target(QStringLiteral("project"), grant.projectId, QStringLiteral("project.member.")));
        check.findings.append(std::move(finding));
    }
    return check;
}

ComplianceCheck ComplianceChecks::staleTokens(const Period &period, int staleDays)
{
    ComplianceCheck check{QString::fromLatin1(checks::StaleTokens)};
    const qint64 cutoffMs = period.nowMs - staleDays * kDayMs;
    const QList<ports::LiveToken> tokens = m.tokens.liveTokens(period.nowMs);
    check.examined = tokens.size();
    for (const ports::LiveToken &token : tokens) {
        const qint64 seenMs = std::max(token.lastUsedAtMs, token.createdAtMs);
        if (seenMs >= cutoffMs || !room(check))
            continue;
        ComplianceFinding finding{token.project.isEmpty() ? QStringLiteral("%1 (%2)").arg(token.name, token.owner)
                                                          : QStringLiteral("%1 (%2)").arg(token.name, token.project),
                                  timeOf(token.lastUsedAtMs),
                                  {{QStringLiteral("name"), token.name},
                                   {QStringLiteral("owner"), token.owner},
                                   {QStringLiteral("project"), token.project},
                                   {QStringLiteral("created_at"), shared::toApiTime(token.createdAtMs)},
                                   {QStringLiteral("idle_days"), (period.nowMs - seenMs) / kDayMs}}};
        m_links.link(finding, EventLinks::target(QStringLiteral("api_token"), token.id));
        check.findings.append(std::move(finding));
    }
    return check;
}

ComplianceCheck ComplianceChecks::unusedAccounts(const Period &period, int staleDays)
{
    ComplianceCheck check{QString::fromLatin1(checks::UnusedAccounts)};
    const qint64 cutoffMs = period.nowMs - staleDays * kDayMs;
    // Who signed in since the cutoff (the trail keeps every sign-in), and whose tokens were used.
    QSet<QString> active;
    shared::AuditQuery signIns;
    signIns.action = QStringLiteral("auth.login");
    signIns.since = timeOf(cutoffMs);
    m_links.forEach(signIns, [&active](const EventLinks::Event &event) { active.insert(event.targetId); });
    QSet<QString> tokenUsers;
    for (const ports::LiveToken &token : m.tokens.liveTokens(period.nowMs)) {
        if (token.lastUsedAtMs >= cutoffMs)
            tokenUsers.insert(token.owner);
    }
    const QList<ports::Account> accounts = m.accounts.accounts();
    check.examined = accounts.size();
    for (const ports::Account &account : accounts) {
        if (account.createdAtMs >= cutoffMs || active.contains(QString::number(account.id)) ||
            tokenUsers.contains(account.username) || !room(check))
            continue;
        ComplianceFinding finding{account.username,
                                  {},
                                  {{QStringLiteral("user"), account.username},
                                   {QStringLiteral("created_at"), shared::toApiTime(account.createdAtMs)},
                                   {QStringLiteral("days"), staleDays}}};
        m_links.link(finding, EventLinks::target(QStringLiteral("user"), account.id, QStringLiteral("auth.login")));
        check.findings.append(std::move(finding));
    }
    return check;
}

ComplianceCheck ComplianceChecks::secretsNotRotated(const Period &period, int rotationDays)
{
    ComplianceCheck check{QString::fromLatin1(checks::SecretsNotRotated)};
    const QList<ports::KeptSecret> secrets = m.secrets.secretsSetBefore(period.nowMs - rotationDays * kDayMs);
    check.examined = secrets.size();
    // The events that set each key, read once per project.
    QHash<qint64, QHash<QString, QList<qint64>>> setEvents;
    const auto eventsOf = [&](const ports::KeptSecret &secret) -> const QList<qint64> & {
        if (!setEvents.contains(secret.projectId)) {
            QHash<QString, QList<qint64>> &byKey = setEvents[secret.projectId];
            m_links.forEach(EventLinks::target(QStringLiteral("project"), secret.projectId, QStringLiteral("project.")),
                            [&byKey](const EventLinks::Event &event) {
                                if (event.action != u"project.variable_created" &&
                                    event.action != u"project.variable_updated")
                                    return;
                                const QJsonObject after = QJsonDocument::fromJson(event.after).object();
                                byKey[after.value(QStringLiteral("key")).toString() + u'\n' +
                                      after.value(QStringLiteral("environment_scope")).toString()]
                                    .append(event.seq);
                            });
        }
        return setEvents[secret.projectId][secret.key + u'\n' + secret.environmentScope];
    };
    for (const ports::KeptSecret &secret : secrets) {
        if (!room(check))
            break;
        ComplianceFinding finding{
            QStringLiteral("%1: %2 (%3)").arg(secret.project, secret.key, secret.environmentScope),
            timeOf(secret.updatedAtMs),
            {{QStringLiteral("project"), secret.project},
             {QStringLiteral("key"), secret.key},
             {QStringLiteral("environment_scope"), secret.environmentScope},
             {QStringLiteral("age_days"), (period.nowMs - secret.updatedAtMs) / kDayMs}}};
        const QList<qint64> &seqs = eventsOf(secret);
        finding.eventCount = seqs.size();
        finding.events = seqs.mid(std::max<qsizetype>(0, seqs.size() - ComplianceFinding::kMaxEvents));
        finding.eventFilter =
            EventLinks::target(QStringLiteral("project"), secret.projectId, QStringLiteral("project.")).filtersJson();
        check.findings.append(std::move(finding));
    }
    return check;
}

ComplianceCheck ComplianceChecks::signInFailures(const Period &period, int threshold)
{
    ComplianceCheck check{QString::fromLatin1(checks::SignInFailures)};
    struct Hour
    {
        int failed = 0;
        int rateLimited = 0;
        QHash<QString, int> usernames;
        QHash<QString, int> addresses;
    };
    QMap<qint64, Hour> hours;
    shared::AuditQuery failures;
    failures.since = timeOf(period.sinceMs);
    failures.until = timeOf(period.untilMs);
    for (const char *action : {"auth.login_failed", "auth.login_rate_limited"}) {
        failures.action = QString::fromLatin1(action);
        const bool failed = failures.action == u"auth.login_failed";
        m_links.forEach(failures, [&](const EventLinks::Event &event) {
            Hour &hour = hours[event.atMs / kHourMs];
            if (!failed) {
                ++hour.rateLimited;
                return;
            }
            ++hour.failed;
            ++hour.usernames[event.targetId];
            ++hour.addresses[event.ip];
        });
    }
    check.examined = hours.size();
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        if (it->failed < threshold || !room(check))
            continue;
        const QDateTime start = timeOf(it.key() * kHourMs);
        ComplianceFinding finding{start.toString(QStringLiteral("yyyy-MM-dd HH:00 'UTC'")),
                                  start,
                                  {{QStringLiteral("failed"), it->failed},
                                   {QStringLiteral("rate_limited"), it->rateLimited},
                                   {QStringLiteral("threshold"), threshold},
                                   {QStringLiteral("usernames"), topCounts(it->usernames, 5)},
                                   {QStringLiteral("addresses"), topCounts(it->addresses, 5)}}};
        shared::AuditQuery filter;
        filter.action = QStringLiteral("auth.login_failed");
        filter.since = start;
        filter.until = start.addMSecs(kHourMs);
        m_links.link(finding, filter);
        check.findings.append(std::move(finding));
    }
    return check;
}

ComplianceCheck ComplianceChecks::auditChain()
{
    ComplianceCheck check{QString::fromLatin1(checks::AuditChain)};
    const shared::AuditVerification verification = m.verifyChain();
    check.examined = verification.checked;
    for (const auto &broken : verification.findings) {
        if (!room(check))
            break;
        ComplianceFinding finding{QStringLiteral("#%1").arg(broken.seq),
                                  {},
                                  {{QStringLiteral("kind"), broken.kind}, {QStringLiteral("message"), broken.message}}};
        if (broken.seq > 0)
            finding.events = {broken.seq};
        finding.eventCount = finding.events.size();
        check.findings.append(std::move(finding));
    }
    return check;
}

} // namespace adp::server::compliance
