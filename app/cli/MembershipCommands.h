#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp orgs list | show ORG | create | update ORG | delete ORG
class OrgsCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrgsCommand)

public:
    explicit OrgsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

// adp teams list|show|create|update|delete|add-member|remove-member --org ORG ...
class TeamsCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamsCommand)

public:
    explicit TeamsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

// adp members list|add|remove (--project S | --org O) [--user U | --team T] [--role R]
class MembersCommand
{
    Q_DECLARE_TR_FUNCTIONS(MembersCommand)

public:
    explicit MembersCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int runForProject(const QCommandLineParser &parser, const QString &action);
    int runForOrganisation(const QCommandLineParser &parser, const QString &action);

    CliContext &m_context;
};

// adp invitations --org O list | create --email E [--role R] | revoke ID; adp invitations accept CODE
class InvitationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(InvitationsCommand)

public:
    explicit InvitationsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace adp::cli
