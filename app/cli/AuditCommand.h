#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp audit list | verify
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    explicit AuditCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int list(const QCommandLineParser &parser);
    int verify(const QCommandLineParser &parser);

    CliContext &m_context;
};

} // namespace adp::cli
