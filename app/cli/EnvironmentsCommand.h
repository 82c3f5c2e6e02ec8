#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp environments --project S list | show NAME | stop NAME | unpin NAME   where a project deploys, what runs there
// adp environments --project S rules | settings | protect NAME [--action deploy|approve (--role R | --user U |
//                  --team T) [--approvals N]] [--hard-freeze on|off] [--self-approval on|off] | unprotect NAME
//                  who may deploy to and approve for an environment, and how
// adp deployments --project S list [--environment E] [--status S] [--limit N] [--cursor C] | show IID
// adp deployments --project S approve IID | reject IID [--comment C] | rollback IID | override-freeze IID
// adp deployments --project S compare IID [--from IID]
class EnvironmentsCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentsCommand)

public:
    explicit EnvironmentsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int runEnvironments(const QStringList &arguments);
    int runDeployments(const QStringList &arguments);

private:
    int protect(const QCommandLineParser &parser, const QString &project, const QString &environment);
    int unprotect(const QCommandLineParser &parser, const QString &project, const QString &environment);
    int rules(const QCommandLineParser &parser, const QString &project);
    int settings(const QCommandLineParser &parser, const QString &project);
    int compare(const QCommandLineParser &parser, const QString &project, qint64 iid);

    CliContext &m_context;
};

} // namespace adp::cli
