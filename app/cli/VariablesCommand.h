#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp variables --project S list | set KEY (--value V | --value-stdin) [--masked] [--protected] [--file]
// [--scope S] | delete KEY [--scope S]
class VariablesCommand
{
    Q_DECLARE_TR_FUNCTIONS(VariablesCommand)

public:
    explicit VariablesCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int set(const QCommandLineParser &parser, const QString &key);

    CliContext &m_context;
};

} // namespace adp::cli
