#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp pipelines run --project S --ref R [-v KEY=VALUE ...] | list --project S | show ID
class PipelinesCommand
{
    Q_DECLARE_TR_FUNCTIONS(PipelinesCommand)

public:
    explicit PipelinesCommand(CliContext &context) : m_context(context) {}
    int run(const QStringList &arguments);

private:
    int runPipeline(const QCommandLineParser &parser);
    int list(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser, const QString &id);

    CliContext &m_context;
};

} // namespace adp::cli
