#include "ComplianceText.h"

#include <QJsonArray>

namespace adp::shared {

namespace checks = compliancechecks;

namespace {
QString dayOf(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// The first key of a {"name": count} object: the one with most.
QString topOf(const QJsonValue &counts)
{
    const QStringList keys = counts.toObject().keys();
    return keys.isEmpty() ? QString() : keys.first();
}
} // namespace

QString ComplianceText::title(const QString &checkId)
{
    if (checkId == QLatin1String(checks::ProductionApprovals))
        return tr("Production deployments without the required approvals");
    if (checkId == QLatin1String(checks::FreezeDeploys))
        return tr("Deployments during a deploy freeze");
    if (checkId == QLatin1String(checks::RolesBeyondTeam))
        return tr("Members holding roles beyond their team's");
    if (checkId == QLatin1String(checks::StaleTokens))
        return tr("Stale API tokens");
    if (checkId == QLatin1String(checks::UnusedAccounts))
        return tr("Unused accounts");
    if (checkId == QLatin1String(checks::SecretsNotRotated))
        return tr("Secrets not rotated");
    if (checkId == QLatin1String(checks::SignInFailures))
        return tr("Failed sign-in spikes");
    if (checkId == QLatin1String(checks::AuditChain))
        return tr("Audit chain");
    return checkId;
}

QString ComplianceText::verdict(const ComplianceCheck &check)
{
    const QString examined = tr("%n examined", nullptr, int(check.examined));
    if (check.passed())
        return tr("passed, %1").arg(examined);
    const QString found = check.truncated ? tr("more than %n findings", nullptr, int(check.findings.size()))
                                          : tr("%n finding(s)", nullptr, int(check.findings.size()));
    return tr("%1, %2").arg(found, examined);
}

QString ComplianceText::finding(const QString &checkId, const ComplianceFinding &finding)
{
    const QJsonObject &facts = finding.facts;
    const auto text = [&facts](const char *key) { return facts.value(QLatin1String(key)).toString(); };
    const auto number = [&facts](const char *key) { return int(facts.value(QLatin1String(key)).toInteger()); };
    if (checkId == QLatin1String(checks::ProductionApprovals)) {
        if (!facts.value(QStringLiteral("approval_rule")).toBool())
            return tr("%1 deployed by %2 on %3: the environment has no approval rule")
                .arg(finding.subject, text("triggered_by"), dayOf(finding.at));
        return tr("%1 deployed by %2 on %3 with %n approval(s): its approval rules were not met", nullptr,
                  number("approvals"))
            .arg(finding.subject, text("triggered_by"), dayOf(finding.at));
    }
    if (checkId == QLatin1String(checks::FreezeDeploys))
        return tr("%1 deployed on %2 during a deploy freeze, let through by %3")
            .arg(finding.subject, dayOf(finding.at), text("overridden_by"));
    if (checkId == QLatin1String(checks::RolesBeyondTeam)) {
        QStringList teams;
        for (const QJsonValue &team : facts.value(QStringLiteral("teams")).toArray())
            teams.append(team.toString());
        return tr("%1 is %2 of %3 on their own; their teams (%4) are %5")
            .arg(text("user"), text("role"), text("project"), teams.join(QStringLiteral(", ")), text("team_role"));
    }
    if (checkId == QLatin1String(checks::StaleTokens)) {
        if (!finding.at.isValid())
            return tr("%1: never used in %n day(s)", nullptr, number("idle_days")).arg(finding.subject);
        return tr("%1: last used %2, %n day(s) ago", nullptr, number("idle_days"))
            .arg(finding.subject, dayOf(finding.at));
    }
    if (checkId == QLatin1String(checks::UnusedAccounts))
        return tr("%1: no sign-in and no token used in %n day(s)", nullptr, number("days")).arg(finding.subject);
    if (checkId == QLatin1String(checks::SecretsNotRotated))
        return tr("%1: last set %2, %n day(s) ago", nullptr, number("age_days"))
            .arg(finding.subject, dayOf(finding.at));
    if (checkId == QLatin1String(checks::SignInFailures))
        return tr("%1: %n failed sign-in(s), most for %2 from %3", nullptr, number("failed"))
            .arg(finding.subject, topOf(facts.value(QStringLiteral("usernames"))),
                 topOf(facts.value(QStringLiteral("addresses"))));
    if (checkId == QLatin1String(checks::AuditChain))
        return tr("%1 (%2): %3").arg(finding.subject, text("kind"), text("message"));
    return finding.subject;
}

QString ComplianceText::period(const ComplianceReport &report)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    return tr("%1 to %2 UTC")
        .arg(report.query.since.toUTC().toString(format), report.query.until.toUTC().toString(format));
}

QString ComplianceText::headline(const ComplianceReport &report)
{
    const int failed = report.failedChecks();
    if (failed == 0)
        return tr("All %n check(s) passed", nullptr, int(report.checks.size()));
    return tr("%1 of %n check(s) failed", nullptr, int(report.checks.size())).arg(failed);
}

QString ComplianceText::plain(const ComplianceReport &report, int perCheck)
{
    QStringList lines{tr("Compliance report: %1").arg(headline(report)), tr("Period: %1").arg(period(report)),
                      tr("Made by %1 at %2").arg(report.generatedBy, report.generatedAt.toUTC().toString(Qt::ISODate)),
                      QString()};
    for (const ComplianceCheck &check : report.checks) {
        lines.append(QStringLiteral("[%1] %2: %3")
                         .arg(check.passed() ? tr("PASS") : tr("FAIL"), title(check.id), verdict(check)));
        for (int i = 0; i < std::min<int>(perCheck, int(check.findings.size())); ++i) {
            const ComplianceFinding &found = check.findings[i];
            QString line = QStringLiteral("  - ") + finding(check.id, found);
            if (!found.events.isEmpty())
                line += QStringLiteral("  ") +
                        tr("(audit events: %1)")
                            .arg(found.events.size() == 1
                                     ? QString::number(found.events.last())
                                     : QStringLiteral("%1..%2").arg(found.events.first()).arg(found.events.last()));
            lines.append(line);
        }
        if (check.findings.size() > perCheck)
            lines.append(QStringLiteral("  ") + tr("... and %n more", nullptr, int(check.findings.size() - perCheck)));
    }
    return lines.join(u'\n') + u'\n';
}

QString ComplianceText::markdown(const ComplianceReport &report, int perCheck)
{
    QStringList lines{QStringLiteral("### ") + tr("Compliance report: %1").arg(headline(report)), QString(),
                      tr("Period: %1").arg(period(report)), QString()};
    for (const ComplianceCheck &check : report.checks) {
        lines.append(QStringLiteral("- **%1** %2: %3")
                         .arg(check.passed() ? tr("PASS") : tr("FAIL"), title(check.id), verdict(check)));
        for (int i = 0; i < std::min<int>(perCheck, int(check.findings.size())); ++i)
            lines.append(QStringLiteral("    - ") + finding(check.id, check.findings[i]));
        if (check.findings.size() > perCheck)
            lines.append(QStringLiteral("    - ") +
                         tr("... and %n more", nullptr, int(check.findings.size() - perCheck)));
    }
    return lines.join(u'\n');
}

} // namespace adp::shared
