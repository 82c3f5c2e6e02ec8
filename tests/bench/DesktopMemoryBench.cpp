// adp-bench-desktop: issue #5's "memory of adp-desktop with a one-million-line log open".
// A real adp-server runs a job printing a million lines (ANSI colours, 100 folded GitLab
// sections); then the real adp-desktop is started against it (ADP_SERVER + ADP_TOKEN) with
// --open-pipeline P/N/JOB --log-benchmark, opens that job's log in the pipelines window and
// reports when all of it is shown. Its resident memory is read from /proc by the desktop
// itself at that moment (and its peak), and sampled from outside while it loads.
// Not a ctest test: tests/bench/run.sh runs it.
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ProcessMemory.h"
#include "ServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

using namespace adp::test;
using adp::bench::rssKb;

namespace {

QTextStream out(stdout);

// 100 sections of `perSection` lines each plus their start and end lines.
QByteArray definition(int lines)
{
    const int perSection = std::max(1, lines / 100 - 2);
    return QStringLiteral("log:\n"
                          "  script:\n"
                          "    - |\n"
                          "      awk 'BEGIN { for (s = 0; s < 100; s++) {\n"
                          "        printf \"\\033[0Ksection_start:%d:part_%d[collapsed=true]\\r\\033[0KPart %d\\n\", "
                          "1700000000 + s, s, s;\n"
                          "        for (i = 0; i < %1; i++) printf \"\\033[32m%07d\\033[0m compiling src/module_%d.cpp "
                          "with \\033[1m-O2 -Wall\\033[0m into build/obj/module_%d.o\\n\", s * %1 + i, i, i;\n"
                          "        printf \"\\033[0Ksection_end:%d:part_%d\\r\\033[0K\\n\", 1700000000 + s, s } }'\n")
        .arg(perSection)
        .toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("bin"), QStringLiteral("Directory with adp-server and adp-desktop."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("lines"), QStringLiteral("Lines of the log (default 1000000)."), QStringLiteral("n")});
    parser.process(app);
    const QString bin = parser.value(QStringLiteral("bin"));
    const int lines = parser.isSet(QStringLiteral("lines")) ? parser.value(QStringLiteral("lines")).toInt() : 1000000;

    QTemporaryDir dir;
    GitRepository repository;
    if (!repository.init() || !repository.commitBranch(QStringLiteral("main"), definition(lines))) {
        out << "could not make the repository" << Qt::endl;
        return 1;
    }
    qputenv("ADP_BIN_DIR", bin.toLocal8Bit());
    ServerProcess server({}, dir.filePath(QStringLiteral("data")));
    if (!server.start({QStringLiteral("--max-log-mib"), QStringLiteral("512")})) {
        out << "adp-server did not start: " << server.output() << Qt::endl;
        return 1;
    }
    HttpTestClient api(server.url());
    api.login(QStringLiteral("admin"), server.adminPassword());
    api.post(QStringLiteral("/api/v1/projects"),
             {{"name", "Bench"}, {"slug", "bench"}, {"repository_url", repository.path()}});
    const qint64 pipeline =
        api.post(QStringLiteral("/api/v1/projects/bench/pipelines"), {{"ref", "main"}}).json().value("id").toInteger();
    const QJsonObject finished = waitUntilFinished(api, pipeline, 10 * 60 * 1000);
    const QJsonObject job = finished.value(QStringLiteral("jobs")).toArray().first().toObject();
    const QByteArray size = api.get(QStringLiteral("/api/v1/jobs/%1/log?limit=1").arg(job.value("id").toInteger()))
                                .headers.value("x-log-size");
    if (job.value(QStringLiteral("status")).toString() != u"success") {
        out << "the log job ended " << job.value(QStringLiteral("status")).toString() << Qt::endl;
        return 1;
    }

    QProcess desktop;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ADP_SERVER"), server.url().toString());
    environment.insert(QStringLiteral("ADP_TOKEN"), api.token());
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"),
                       dir.filePath(QStringLiteral("home"))); // no saved settings of the runner's
    desktop.setProcessEnvironment(environment);
    desktop.setProcessChannelMode(QProcess::SeparateChannels);
    desktop.start(bin + QStringLiteral("/adp-desktop"),
                  {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--open-pipeline"),
                   QStringLiteral("bench/%1/%2").arg(pipeline).arg(job.value("id").toInteger()),
                   QStringLiteral("--log-benchmark")});
    qint64 sampledPeakKb = 0;
    while (!desktop.waitForFinished(50))
        sampledPeakKb = std::max(sampledPeakKb, rssKb(desktop.processId()));
    const QString report = QString::fromUtf8(desktop.readAllStandardOutput());
    server.terminate();
    QHash<QString, QString> figures;
    for (const QString &line : report.split(u'\n', Qt::SkipEmptyParts))
        figures.insert(line.section(u' ', 0, 0), line.section(u' ', 1));
    if (!figures.contains(QStringLiteral("rss-mib"))) {
        out << "adp-desktop did not report: " << report << QString::fromUtf8(desktop.readAllStandardError()).right(2000)
            << Qt::endl;
        return 1;
    }
    out << QStringLiteral("\n## adp-desktop with a %1-line log open (%2 MiB stored)\n\n")
               .arg(figures.value(QStringLiteral("log-lines")))
               .arg(size.toDouble() / (1024 * 1024), 0, 'f', 1)
        << "| figure | value | target |\n|---|---|---|\n"
        << QStringLiteral("| start → the whole log shown in the pipelines window | %1 ms | |\n")
               .arg(figures.value(QStringLiteral("log-complete-ms")))
        << QStringLiteral("| adp-desktop RSS with it open | %1 MiB | < 300 MB |\n")
               .arg(figures.value(QStringLiteral("rss-mib")))
        << QStringLiteral("| adp-desktop peak RSS (VmHWM) | %1 MiB | |\n")
               .arg(figures.value(QStringLiteral("peak-rss-mib")))
        << QStringLiteral("| peak RSS sampled every 50 ms from outside | %1 MiB | |\n")
               .arg(sampledPeakKb / 1024.0, 0, 'f', 1)
        << Qt::flush;
    return 0;
}
