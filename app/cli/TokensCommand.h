#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp tokens list | create | revoke
class TokensCommand
{
    Q_DECLARE_TR_FUNCTIONS(TokensCommand)

public:
    explicit TokensCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int list(const QCommandLineParser &parser);
    int create(const QCommandLineParser &parser);
    int revoke(const QCommandLineParser &parser, const QString &id);

    CliContext &m_context;
};

} // namespace adp::cli
