#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp pipelines run --project S --ref R [-v KEY=VALUE ...] | list --project S | show|cancel|retry ID
class PipelinesCommand
{
    Q_DECLARE_TR_FUNCTIONS(PipelinesCommand)

public:
    explicit PipelinesCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int runPipeline(const QCommandLineParser &parser);
    int list(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser, const QString &id);
    int act(const QCommandLineParser &parser, const QString &action, const QString &id);

    CliContext &m_context;
};

// adp jobs play|retry ID | log ID [--follow]
class JobsCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobsCommand)

public:
    explicit JobsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int log(qint64 jobId, bool follow);
    int artifacts(qint64 jobId, const QString &output);

    CliContext &m_context;
};

} // namespace adp::cli
