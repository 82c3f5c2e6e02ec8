#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What compliance checks read of other features, each part implemented by the feature that
// owns the tables: facts only, never a secret's value or a token's hash.
namespace adp::server::ports {

// A deployment that started, with what its environment's rules asked of it.
struct StartedDeployment
{
    qint64 id = 0;
    QString project; // slug
    qint64 iid = 0;
    QString environment;
    QString tier;
    QString status;
    qint64 startedAtMs = 0;
    QString triggeredBy;
    bool approvalRequired = false;   // an approve rule names the environment
    bool approvalsSatisfied = false; // as its rules stand now
    int approvals = 0;
    QString freezeOverriddenBy; // empty unless someone let it through a deploy freeze
};

class DeploymentRecords
{
public:
    virtual ~DeploymentRecords() = default;
    // Those that started in [sinceMs, untilMs), oldest first.
    virtual QList<StartedDeployment> startedBetween(qint64 sinceMs, qint64 untilMs) = 0;
};

// A person's own role on a project above every role their teams hold there.
struct RoleAboveTeams
{
    qint64 projectId = 0;
    QString project; // slug
    QString username;
    QString directRole;
    QString teamRole;  // the highest of their teams' on the project
    QStringList teams; // their teams that hold a role on the project
};

class MembershipRecords
{
public:
    virtual ~MembershipRecords() = default;
    virtual QList<RoleAboveTeams> rolesAboveTeams() = 0;
};

// A live (neither revoked nor expired) API token.
struct LiveToken
{
    qint64 id = 0;
    QString name;
    QString owner;   // the account it acts as
    QString project; // slug, for a project's token
    qint64 createdAtMs = 0;
    qint64 lastUsedAtMs = 0; // 0: never used
};

struct Account
{
    qint64 id = 0;
    QString username;
    qint64 createdAtMs = 0;
};

class TokenRecords
{
public:
    virtual ~TokenRecords() = default;
    virtual QList<LiveToken> liveTokens(qint64 nowMs) = 0;
};

class AccountRecords
{
public:
    virtual ~AccountRecords() = default;
    virtual QList<Account> accounts() = 0;
};

// A masked CI/CD variable: a secret the project keeps.
struct KeptSecret
{
    qint64 projectId = 0;
    QString project; // slug
    QString key;
    QString environmentScope;
    qint64 updatedAtMs = 0;
};

class SecretRecords
{
public:
    virtual ~SecretRecords() = default;
    // Those last set before `beforeMs`, oldest first.
    virtual QList<KeptSecret> secretsSetBefore(qint64 beforeMs) = 0;
};

} // namespace adp::server::ports
