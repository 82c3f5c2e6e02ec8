#include "RiskRules.h"

#include <QRegularExpression>

namespace adp::server::ai {

using Reason = shared::DeploymentRisk::Reason;

namespace {

const QString kHigh = QStringLiteral("high");
const QString kMedium = QStringLiteral("medium");
const QString kLow = QStringLiteral("low");

bool isPipeline(const QString &path)
{
    return path.endsWith(QStringLiteral(".gitlab-ci.yml")) || path.endsWith(QStringLiteral(".gitlab-ci.yaml"));
}

bool isInfrastructure(const QString &path)
{
    static const QRegularExpression kPattern(
        QStringLiteral("(^|/)(Dockerfile[^/]*|Containerfile|[^/]*\\.tf|docker-compose[^/]*\\.ya?ml)$|"
                       "(^|/)(k8s|kubernetes|manifests|deploy|helm|charts)/[^ ]*\\.(ya?ml|json)$"),
        QRegularExpression::CaseInsensitiveOption);
    return kPattern.match(path).hasMatch();
}

bool isMigration(const QString &path)
{
    return path.contains(QStringLiteral("migration"), Qt::CaseInsensitive) ||
           path.endsWith(QStringLiteral(".sql"), Qt::CaseInsensitive);
}

QString listed(const QStringList &paths)
{
    return paths.mid(0, 3).join(QStringLiteral(", ")) +
           (paths.size() > 3 ? QStringLiteral(" and %1 more").arg(paths.size() - 3) : QString());
}

} // namespace

QList<Reason> RiskRules::reasonsFor(const ports::DeploymentFacts &facts,
                                    const std::optional<shared::CodeReview> &change)
{
    const shared::Deployment &deployment = facts.deployment;
    QList<Reason> reasons;
    if (!facts.previousSuccess)
        reasons.append({kMedium, QStringLiteral("first_deployment"),
                        QStringLiteral("Nothing was deployed successfully to %1 before: there is no change to weigh "
                                       "and no known-good version to roll back to")
                            .arg(deployment.environment)});
    if (deployment.rollbackOf > 0)
        reasons.append({kLow, QStringLiteral("rollback"),
                        QStringLiteral("It redeploys #%1, a version that ran in %2 before")
                            .arg(deployment.rollbackOf)
                            .arg(deployment.environment)});
    int failures = 0;
    for (const shared::Deployment &earlier : facts.earlier)
        failures += earlier.status == u"failed" || earlier.status == u"canceled" ? 1 : 0;
    if (failures > 0)
        reasons.append({failures >= 2 ? kHigh : kMedium, QStringLiteral("recent_failures"),
                        QStringLiteral("%1 of the last %2 deployments to %3 failed or were canceled")
                            .arg(failures)
                            .arg(facts.earlier.size())
                            .arg(deployment.environment)});
    if (!change)
        return reasons;
    if (change->files.isEmpty()) {
        reasons.append(
            {kLow, QStringLiteral("no_change"),
             QStringLiteral("The same files as the last successful deployment, %1")
                 .arg(facts.previousSuccess ? QStringLiteral("#%1").arg(facts.previousSuccess->iid) : QString())});
        return reasons;
    }
    int high = 0;
    for (const auto &finding : change->findings)
        high += finding.severity == shared::analysis::Severity::High ? 1 : 0;
    if (!change->findings.isEmpty()) {
        const auto &first = change->findings.first();
        reasons.append({high > 0 ? kHigh : kMedium, QStringLiteral("security_finding"),
                        QStringLiteral("%1 security finding(s) in the lines it adds (%2 high), e.g. %3 at %4:%5")
                            .arg(change->findings.size())
                            .arg(high)
                            .arg(first.rule, first.file)
                            .arg(first.line)});
    }
    QStringList pipelines, infrastructure, migrations;
    int lines = 0;
    for (const auto &file : change->files) {
        lines += file.added;
        if (isPipeline(file.path))
            pipelines.append(file.path);
        else if (isInfrastructure(file.path))
            infrastructure.append(file.path);
        if (isMigration(file.path))
            migrations.append(file.path);
    }
    if (!pipelines.isEmpty())
        reasons.append({kMedium, QStringLiteral("pipeline_changed"),
                        QStringLiteral("It changes the pipeline that deploys it: %1").arg(listed(pipelines))});
    if (!infrastructure.isEmpty())
        reasons.append({kMedium, QStringLiteral("infrastructure_changed"),
                        QStringLiteral("It changes how it is built or run: %1").arg(listed(infrastructure))});
    if (!migrations.isEmpty())
        reasons.append({kMedium, QStringLiteral("migration"),
                        QStringLiteral("It changes the database: %1").arg(listed(migrations))});
    const int files = int(change->files.size());
    if (files > kLargeFiles || lines > kLargeLines || change->moreFiles)
        reasons.append({kHigh, QStringLiteral("large_change"),
                        QStringLiteral("A large change: %1 files, %2 lines added").arg(files).arg(lines)});
    else if (files > kManyFiles || lines > kManyLines)
        reasons.append({kMedium, QStringLiteral("large_change"),
                        QStringLiteral("A sizeable change: %1 files, %2 lines added").arg(files).arg(lines)});
    return reasons;
}

QString RiskRules::levelOf(const QList<Reason> &reasons)
{
    QString level = kLow;
    for (const Reason &reason : reasons) {
        if (reason.level == kHigh)
            return kHigh;
        if (reason.level == kMedium)
            level = kMedium;
    }
    return level;
}

} // namespace adp::server::ai
