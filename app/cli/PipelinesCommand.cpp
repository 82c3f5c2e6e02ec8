#include "PipelinesCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/PipelinesApi.h"
#include "shared/pipeline/JobStates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QUrlQuery>

namespace adp::cli {

using shared::Pipeline;
using shared::PipelineJob;

namespace {

QString pipelineSentence(const Pipeline &pipeline)
{
    QList<QStringList> rows{{QCoreApplication::translate("PipelinesCommand", "STAGE"),
                             QCoreApplication::translate("PipelinesCommand", "JOB"),
                             QCoreApplication::translate("PipelinesCommand", "STATUS"),
                             QCoreApplication::translate("PipelinesCommand", "NEEDS")}};
    for (const PipelineJob &job : pipeline.jobs)
        rows.append({job.stage, job.name, job.status, job.needs ? job.needs->join(QStringLiteral(", ")) : QString()});
    return QCoreApplication::translate("PipelinesCommand", "Pipeline %1 (%2) for %3 at %4: %5\n")
               .arg(pipeline.id)
               .arg(pipeline.source, pipeline.ref, pipeline.sha.left(8), pipeline.status) +
           Output::table(rows).trimmed();
}

} // namespace

int PipelinesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("The project (ID or slug)"), QStringLiteral("project")});
    parser.addOption({QStringLiteral("ref"), tr("run: the branch or tag"), QStringLiteral("ref")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("variable")},
                      tr("run: a pipeline variable KEY=VALUE; repeat for several"),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("status"), tr("list: only pipelines with this status"), QStringLiteral("status")});
    parser.addOption({QStringLiteral("limit"), tr("list: pipelines to show (1-100)"), QStringLiteral("n")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool withProject = parser.isSet(QStringLiteral("project"));
    const bool withId = action == u"show" || action == u"cancel" || action == u"retry";
    const bool shapeOk = ((action == u"run" || action == u"list") && positional.size() == 1 && withProject) ||
                         (withId && positional.size() == 2);
    if (!shapeOk)
        return m_context.usage(
            tr("pipelines needs run --project S --ref R [-v KEY=VALUE], list --project S, or show|cancel|retry ID"));
    if (action == u"run" && !parser.isSet(QStringLiteral("ref")))
        return m_context.usage(tr("pipelines run needs --ref"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    if (action == u"run")
        return runPipeline(parser);
    if (action == u"list")
        return list(parser);
    if (action == u"show")
        return show(parser, positional.at(1));
    return act(parser, action, positional.at(1));
}

int PipelinesCommand::act(const QCommandLineParser &parser, const QString &action, const QString &id)
{
    bool numeric = false;
    const qint64 pipelineId = id.toLongLong(&numeric);
    if (!numeric)
        return m_context.usage(tr("pipelines %1 needs a numeric ID (see adp pipelines list)").arg(action));
    shared::PipelinesApi api(m_context.api());
    const QString path = QStringLiteral("/api/v1/pipelines/%1/%2").arg(pipelineId).arg(action);
    return printOne<Pipeline>(
        m_context, parser, await<Pipeline>([&](QObject *c, auto done) { api.act(path, c, done); }), pipelineSentence);
}

int JobsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("follow"), tr("log: keep printing until the job ends")});
    parser.addOption({QStringLiteral("path"),
                      tr("artifacts: the file to write (default: the archive's name; - for standard output)"),
                      QStringLiteral("file")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    bool numeric = false;
    const qint64 jobId = positional.value(1).toLongLong(&numeric);
    static const QStringList actions{QStringLiteral("play"), QStringLiteral("retry"), QStringLiteral("log"),
                                     QStringLiteral("artifacts")};
    if (positional.size() != 2 || !numeric || !actions.contains(action))
        return m_context.usage(
            tr("jobs needs play ID, retry ID, log ID [--follow] or artifacts ID [--path FILE], with a numeric "
               "job ID (see adp pipelines show)"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    if (action == u"log")
        return log(jobId, parser.isSet(QStringLiteral("follow")));
    if (action == u"artifacts")
        return artifacts(jobId, parser.value(QStringLiteral("path")));
    shared::PipelinesApi api(m_context.api());
    const QString path = QStringLiteral("/api/v1/jobs/%1/%2").arg(jobId).arg(action);
    return printOne<Pipeline>(
        m_context, parser, await<Pipeline>([&](QObject *c, auto done) { api.act(path, c, done); }), pipelineSentence);
}

int JobsCommand::log(qint64 jobId, bool follow)
{
    shared::PipelinesApi api(m_context.api());
    qint64 printed = 0; // bytes: each poll asks only for what came since
    while (true) {
        const auto reply =
            await<shared::ApiClient::RawReply>([&](QObject *c, auto done) { api.jobLog(jobId, printed, c, done); });
        if (!reply.ok())
            return m_context.fail(reply.error());
        const QByteArray &body = reply.value().body;
        if (!body.isEmpty()) {
            m_context.out() << QString::fromUtf8(body);
            m_context.out().flush();
            printed += body.size();
        }
        const QString status = QString::fromLatin1(reply.value().header("X-Job-Status"));
        if (!follow || pipeline::JobStates::isFinished(status))
            return status == u"failed" && follow ? ExitError : ExitOk;
        QThread::msleep(500);
    }
}

int JobsCommand::artifacts(qint64 jobId, const QString &output)
{
    shared::PipelinesApi api(m_context.api());
    const auto reply =
        await<shared::ApiClient::RawReply>([&](QObject *c, auto done) { api.jobArtifacts(jobId, c, done); });
    if (!reply.ok())
        return m_context.fail(reply.error());
    const QByteArray &archive = reply.value().body;
    // What arrived is what was stored: the server sends the archive's SHA-256.
    const QByteArray expected = reply.value().header("X-Checksum-Sha256");
    if (QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex() != expected) {
        m_context.err()
            << tr("The artifacts of job %1 arrived damaged (checksum mismatch); nothing was written.").arg(jobId)
            << Qt::endl;
        return ExitError;
    }
    if (output == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(archive) != archive.size())
            return ExitError;
        return ExitOk;
    }
    QString path = output;
    if (path.isEmpty()) {
        static const QRegularExpression named(QStringLiteral("filename=\"([^\"/]+)\""));
        path = named.match(QString::fromUtf8(reply.value().header("Content-Disposition"))).captured(1);
        if (path.isEmpty() || path.startsWith(u'.'))
            path = QStringLiteral("artifacts.tar.gz");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(archive) != archive.size() || !file.commit()) {
        m_context.err() << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return ExitError;
    }
    m_context.out() << tr("Saved the artifacts of job %1 to %2 (%3)")
                           .arg(jobId)
                           .arg(path, QLocale().formattedDataSize(archive.size()))
                    << Qt::endl;
    return ExitOk;
}

int PipelinesCommand::runPipeline(const QCommandLineParser &parser)
{
    shared::PipelineRunRequest request;
    request.ref = parser.value(QStringLiteral("ref"));
    for (const QString &assignment : parser.values(QStringLiteral("variable"))) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return m_context.usage(tr("-v takes KEY=VALUE, not '%1'").arg(assignment));
        request.variables.append({assignment.left(equals), assignment.mid(equals + 1)});
    }
    shared::PipelinesApi api(m_context.api());
    const QString project = parser.value(QStringLiteral("project"));
    return printOne<Pipeline>(m_context, parser,
                              await<Pipeline>([&](QObject *c, auto done) { api.run(project, request, c, done); }),
                              pipelineSentence);
}

int PipelinesCommand::list(const QCommandLineParser &parser)
{
    QUrlQuery filters;
    for (const char *name : {"status", "limit"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            filters.addQueryItem(QString::fromLatin1(name), parser.value(QString::fromLatin1(name)));
    }
    shared::PipelinesApi api(m_context.api());
    const QString project = parser.value(QStringLiteral("project"));
    const auto page = await<shared::PipelinePage>([&](QObject *c, auto done) { api.list(project, filters, c, done); });
    shared::ApiResult<QList<Pipeline>> items = page.ok() ? shared::ApiResult<QList<Pipeline>>(page.value().items)
                                                         : shared::ApiResult<QList<Pipeline>>(page.error());
    return printItems<Pipeline>(
        m_context, parser, items,
        {tr("ID"), tr("STATUS"), tr("REF"), tr("COMMIT"), tr("SOURCE"), tr("BY"), tr("CREATED")},
        [](const Pipeline &p) {
            return QStringList{QString::number(p.id),         p.status, p.ref, p.sha.left(8), p.source, p.triggeredBy,
                               Output::localTime(p.createdAt)};
        });
}

int PipelinesCommand::show(const QCommandLineParser &parser, const QString &id)
{
    bool numeric = false;
    const qint64 pipelineId = id.toLongLong(&numeric);
    if (!numeric)
        return m_context.usage(tr("pipelines show needs a numeric ID (see adp pipelines list)"));
    shared::PipelinesApi api(m_context.api());
    return printOne<Pipeline>(m_context, parser,
                              await<Pipeline>([&](QObject *c, auto done) { api.get(pipelineId, c, done); }),
                              pipelineSentence);
}

} // namespace adp::cli
