#include "AiCommand.h"

#include "SavingsText.h"
#include "SyncCall.h"
#include "shared/analysis/FailureAnalyzer.h"
#include "shared/analysis/FailureText.h"
#include "shared/analysis/PipelineAdvisor.h"
#include "shared/analysis/SecurityScan.h"
#include "shared/client/AiApi.h"
#include "shared/costs/CostSavings.h"
#include "shared/costs/Money.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace adp::cli {

using shared::analysis::FailureAnalyzer;
using shared::analysis::FailureVerdict;

int AiCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("allow"),
                      tr("scan: a file of allowed fingerprints (one per line; # comments), as the findings show them"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("project"), tr("advice: the project (id or slug)"), QStringLiteral("project")});
    parser.addOption({QStringLiteral("log"), tr("explain: a saved job log to analyze here, offline (no server needed)"),
                      QStringLiteral("file")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"scan") {
        if (positional.size() < 2)
            return m_context.usage(tr("scan needs one or more files or folders"));
        return scan(parser, positional.mid(1));
    }
    if (positional.value(0) == u"advice") {
        if (positional.size() != 1 || !parser.isSet(QStringLiteral("project")))
            return m_context.usage(tr("advice needs --project P"));
        if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
            return ExitError;
        return advice(parser, parser.value(QStringLiteral("project")));
    }
    if (positional.value(0) != u"explain")
        return m_context.usage(tr("ai needs: explain JOB, explain --log FILE, scan PATH... or advice --project P"));
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

int AiCommand::scan(const QCommandLineParser &parser, const QStringList &paths)
{
    QSet<QString> allowed;
    if (parser.isSet(QStringLiteral("allow"))) {
        QFile list(parser.value(QStringLiteral("allow")));
        if (!list.open(QIODevice::ReadOnly)) {
            m_context.err() << tr("Cannot read %1: %2").arg(list.fileName(), list.errorString()) << Qt::endl;
            return ExitError;
        }
        for (const QByteArray &line : list.readAll().split('\n')) {
            const QString entry = QString::fromUtf8(line).section(u'#', 0, 0).trimmed();
            if (!entry.isEmpty())
                allowed.insert(entry);
        }
    }
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            m_context.err() << tr("Cannot read %1: %2").arg(path, tr("no such file or folder")) << Qt::endl;
            return ExitError;
        }
        if (info.isFile()) {
            files.append(path);
            continue;
        }
        // A folder: its files, but not what version control, dependencies and builds keep.
        static const QStringList kSkipped{QStringLiteral(".git"),   QStringLiteral("node_modules"),
                                          QStringLiteral("vendor"), QStringLiteral("build"),
                                          QStringLiteral("target"), QStringLiteral(".venv")};
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QStringList parts = QDir(path).relativeFilePath(file).split(u'/');
            if (std::none_of(parts.begin(), parts.end() - 1,
                             [](const QString &part) { return kSkipped.contains(part); }))
                files.append(file);
        }
    }
    std::sort(files.begin(), files.end());
    shared::analysis::SecurityFindings findings;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_context.err() << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
            return ExitError;
        }
        findings += shared::analysis::SecurityScan::scan(path, file.read(shared::analysis::SecurityScan::kMaxFileBytes),
                                                         allowed);
    }
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonArray items;
        for (const auto &finding : findings)
            items.append(finding.toJson());
        Output(m_context.out(), OutputFormat::Json)
            .json(QJsonObject{{QStringLiteral("files"), int(files.size())}, {QStringLiteral("findings"), items}});
    } else if (findings.isEmpty()) {
        m_context.out() << tr("%n file(s) scanned; nothing found.", nullptr, int(files.size())) << Qt::endl;
    } else {
        QList<QStringList> rows{{tr("SEVERITY"), tr("RULE"), tr("WHERE"), tr("WHAT"), tr("FINGERPRINT")}};
        for (const auto &finding : findings)
            rows.append({shared::analysis::severityName(finding.severity), finding.rule,
                         QStringLiteral("%1:%2").arg(finding.file).arg(finding.line), finding.message,
                         finding.fingerprint});
        m_context.out() << Output::table(rows);
        m_context.out() << tr("%n finding(s).", nullptr, int(findings.size())) << u' '
                        << tr("%n file(s) scanned.", nullptr, int(files.size())) << u' '
                        << tr("Allow one by its fingerprint (--allow FILE) or by \"adp:allow\" on its line.")
                        << Qt::endl;
    }
    return findings.isEmpty() ? ExitOk : ExitError;
}

int AiCommand::advice(const QCommandLineParser &parser, const QString &project)
{
    shared::AiApi ai(m_context.api());
    const auto result = await<shared::analysis::ProjectAdvice>(
        [&](QObject *context, auto done) { ai.projectAdvice(project, context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    const shared::analysis::ProjectAdvice &found = result.value();
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        Output(m_context.out(), OutputFormat::Json).json(found.toJson());
        return ExitOk;
    }
    m_context.out() << tr("%1: %n pipeline(s) examined.", nullptr, found.pipelinesExamined).arg(found.project) << u'\n';
    if (found.advice.isEmpty())
        m_context.out() << tr("Nothing to advise: no job stands out.") << u'\n';
    for (const shared::analysis::Advice &item : found.advice) // in the reader's language, from its figures
        m_context.out() << QStringLiteral("- [%1] ").arg(item.kind)
                        << shared::analysis::PipelineAdvisor::messageOf(item) << u'\n';
    if (const auto savings = shared::costs::CostSavings::fromJson(found.savings)) {
        m_context.out() << tr("What it could save a month, from its last 30 days' costs:") << u'\n';
        for (const auto &item : savings->items)
            m_context.out() << SavingsText::line(item, savings->currency) << u'\n';
        if (savings->items.isEmpty())
            m_context.out() << tr("Nothing to save: no cost stands out.") << u'\n';
    }
    m_context.out() << tr("From the built-in analyzers over the project's own pipelines; no model was asked.")
                    << Qt::endl;
    return ExitOk;
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
