#include "AiCommand.h"

#include "SyncCall.h"
#include "shared/analysis/FailureAnalyzer.h"
#include "shared/analysis/FailureText.h"
#include "shared/client/AiApi.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace adp::cli {

using shared::analysis::FailureAnalyzer;
using shared::analysis::FailureVerdict;

int AiCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("log"), tr("explain: a saved job log to analyze here, offline (no server needed)"),
                      QStringLiteral("file")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"explain")
        return m_context.usage(tr("ai needs: explain JOB, or explain --log FILE"));
    if (parser.isSet(QStringLiteral("log"))) {
        if (positional.size() != 1)
            return m_context.usage(tr("explain takes a job id or --log FILE, not both"));
        return explainFile(parser, parser.value(QStringLiteral("log")));
    }
    bool numeric = false;
    const qint64 jobId = positional.value(1).toLongLong(&numeric);
    if (positional.size() != 2 || !numeric || jobId <= 0)
        return m_context.usage(tr("explain needs a numeric job id (see adp pipelines show ID), or --log FILE"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    return explainJob(parser, jobId);
}

int AiCommand::explainFile(const QCommandLineParser &parser, const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        m_context.err() << tr("Cannot read %1: %2")
                               .arg(path, QFileInfo(path).isDir() ? tr("it is a directory") : file.errorString())
                        << Qt::endl;
        return ExitError;
    }
    QString error;
    const auto verdict = FailureAnalyzer::analyze(file, &error);
    if (!verdict) {
        m_context.err() << tr("Cannot read %1: %2").arg(path, error) << Qt::endl;
        return ExitError;
    }
    return print(parser, *verdict);
}

int AiCommand::explainJob(const QCommandLineParser &parser, qint64 jobId)
{
    shared::AiApi ai(m_context.api());
    const auto analysis = await<shared::analysis::JobAnalysis>(
        [&](QObject *context, auto done) { ai.jobAnalysis(jobId, context, done); });
    if (!analysis.ok())
        return m_context.fail(analysis.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        Output(m_context.out(), OutputFormat::Json).json(analysis.value().toJson());
        return ExitOk;
    }
    const shared::analysis::JobAnalysis &job = analysis.value();
    m_context.out() << tr("Job %1 (%2), %3").arg(job.jobId).arg(job.jobName, job.jobStatus) << u'\n';
    if (job.flaky) {
        QStringList runs;
        for (const auto &run : job.sameCommit)
            runs.append(QStringLiteral("#%1 %2").arg(run.jobId).arg(run.status));
        m_context.out()
            << tr("Flaky: the same job ended differently on the same commit (%1).").arg(runs.join(QStringLiteral(", ")))
            << u'\n';
    }
    return print(parser, job.verdict);
}

int AiCommand::print(const QCommandLineParser &parser, const FailureVerdict &verdict)
{
    if (CliContext::outputFormat(parser) == OutputFormat::Json)
        Output(m_context.out(), OutputFormat::Json).json(verdict.toJson());
    else
        m_context.out() << shared::analysis::FailureText::plain(verdict);
    m_context.out().flush();
    return ExitOk;
}

} // namespace adp::cli
