#pragma once

#include "CliContext.h"
#include "shared/analysis/FailureVerdict.h"

class QCommandLineParser;

namespace adp::cli {

// adp ai explain JOB | explain --log FILE | scan PATH... | advice --project P: why a job failed, from the built-in
// analyzers. With
// --log it runs offline on a saved log (no server, nothing leaves the machine); with a job id the
// server analyzes the job's stored log and says whether the job is flaky.
class AiCommand
{
    Q_DECLARE_TR_FUNCTIONS(AiCommand)

public:
    explicit AiCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int explainFile(const QCommandLineParser &parser, const QString &path);
    int explainJob(const QCommandLineParser &parser, qint64 jobId);
    // Secrets and risky settings in files and folders, offline; exit 1 when anything is found.
    int scan(const QCommandLineParser &parser, const QStringList &paths);
    int advice(const QCommandLineParser &parser, const QString &project);
    int print(const QCommandLineParser &parser, const shared::analysis::FailureVerdict &verdict);

    CliContext &m_context;
};

} // namespace adp::cli
