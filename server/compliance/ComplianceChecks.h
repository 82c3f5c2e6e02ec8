#pragma once

#include "EventLinks.h"
#include "core/Clock.h"
#include "ports/ComplianceEvidence.h"
#include "shared/core/AuditEvent.h"

#include <functional>

namespace adp::server::compliance {

// What the checks read, each through the port of the feature that keeps it.
struct ComplianceSources
{
    ports::DeploymentRecords &deployments;
    ports::MembershipRecords &memberships;
    ports::TokenRecords &tokens;
    ports::AccountRecords &accounts;
    ports::SecretRecords &secrets;
    ports::AuditTrail &trail;
    std::function<shared::AuditVerification()> verifyChain;
};

// Runs every compliance check (shared::compliancechecks) over a period and what is held now,
// each finding linked to its audit events. Reads only.
class ComplianceChecks
{
public:
    ComplianceChecks(ComplianceSources sources, const Clock &clock)
        : m(std::move(sources))
        , m_links(m.trail)
        , m_clock(clock)
    {
    }

    // The period is filled in when the query leaves it open.
    shared::ComplianceReport run(const shared::ComplianceQuery &query, const QString &generatedBy);

private:
    struct Period
    {
        qint64 sinceMs = 0;
        qint64 untilMs = 0;
        qint64 nowMs = 0;
    };
    shared::ComplianceCheck productionApprovals(const QList<ports::StartedDeployment> &started);
    shared::ComplianceCheck freezeDeploys(const QList<ports::StartedDeployment> &started);
    shared::ComplianceCheck rolesBeyondTeam();
    shared::ComplianceCheck staleTokens(const Period &period, int staleDays);
    shared::ComplianceCheck unusedAccounts(const Period &period, int staleDays);
    shared::ComplianceCheck secretsNotRotated(const Period &period, int rotationDays);
    shared::ComplianceCheck signInFailures(const Period &period, int threshold);
    shared::ComplianceCheck auditChain();
    // Is there room for one more finding? Marks the check truncated when there is not.
    static bool room(shared::ComplianceCheck &check);

    ComplianceSources m;
    EventLinks m_links;
    const Clock &m_clock;
};

} // namespace adp::server::compliance
