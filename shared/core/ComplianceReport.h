#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <optional>

namespace adp::shared {

// The checks a compliance report makes, by id (the API's names).
namespace compliancechecks {
inline constexpr const char *ProductionApprovals = "production_approvals"; // production deploys lacking approvals
inline constexpr const char *FreezeDeploys = "freeze_deploys";             // deploys let through a freeze
inline constexpr const char *RolesBeyondTeam = "roles_beyond_team";        // direct roles above the team's
inline constexpr const char *StaleTokens = "stale_tokens";                 // live API tokens unused for N days
inline constexpr const char *UnusedAccounts = "unused_accounts";           // no sign-in nor token use for N days
inline constexpr const char *SecretsNotRotated = "secrets_not_rotated";    // masked variables unchanged N days
inline constexpr const char *SignInFailures = "sign_in_failures";          // hours with a spike of failed sign-ins
inline constexpr const char *AuditChain = "audit_chain";                   // the trail's own verification
QStringList all();
} // namespace compliancechecks

// What a report covers: a period for what happened (deploys, sign-ins) and the limits of what is
// held now (tokens, accounts, secrets).
struct ComplianceQuery
{
    static constexpr int kDefaultPeriodDays = 30;
    static constexpr int kDefaultStaleDays = 90;
    static constexpr int kDefaultRotationDays = 90;
    static constexpr int kDefaultSignInThreshold = 10;
    static constexpr int kMaxDays = 3650;

    QDateTime since; // inclusive; invalid: kDefaultPeriodDays before `until`
    QDateTime until; // exclusive; invalid: now
    int staleDays = kDefaultStaleDays;
    int rotationDays = kDefaultRotationDays;
    int signInThreshold = kDefaultSignInThreshold; // failed sign-ins in one hour that make a spike

    QUrlQuery toUrlQuery() const;
    static ComplianceQuery fromUrlQuery(const QUrlQuery &query, FieldErrors &errors);
    QJsonObject toJson() const;
    static ComplianceQuery fromJson(const QJsonObject &object);
};

// One thing a check found. `facts` hold the particulars by name (approvals, role, days...); the
// events are the audit trail's that show it, newest last, with the filter that finds them all.
struct ComplianceFinding
{
    static constexpr int kMaxEvents = 20;

    QString subject; // what it is about: "shop/production #4", "alice", "shop: DEPLOY_KEY"
    QDateTime at;    // when it happened or was last seen; invalid when never
    QJsonObject facts;
    QList<qint64> events;    // seqs, at most kMaxEvents
    qint64 eventCount = 0;   // how many the filter finds in all
    QJsonObject eventFilter; // an audit query's filters (action, target_type, target_id, since, until)

    QJsonObject toJson() const;
    static ComplianceFinding fromJson(const QJsonObject &object);
};

struct ComplianceCheck
{
    static constexpr int kMaxFindings = 500;

    QString id;          // one of compliancechecks
    qint64 examined = 0; // how many deployments, grants, tokens, accounts, secrets, hours or events it looked at
    QList<ComplianceFinding> findings;
    bool truncated = false; // more than kMaxFindings were found
    bool passed() const { return findings.isEmpty(); }

    QJsonObject toJson() const;
    static ComplianceCheck fromJson(const QJsonObject &object);
};

struct ComplianceReport
{
    QDateTime generatedAt;
    QString generatedBy;
    ComplianceQuery query; // with its period filled in
    QList<ComplianceCheck> checks;

    int failedChecks() const;
    QJsonObject toJson() const;
    static std::optional<ComplianceReport> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
