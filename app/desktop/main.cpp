#include "home/HomeView.h"
#include "logs/LogViewer.h"
#include "pipelines/PipelinesView.h"
#include "settings/SettingsDialog.h"
#include "shell/DesktopSession.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "translations/Translations.h"
#include "workspace/ProjectWorkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace {

// This process's memory from /proc (Linux): VmRSS and VmHWM in MiB, -1 elsewhere.
std::pair<double, double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double now = -1;
    double peak = -1;
    if (!status.open(QIODevice::ReadOnly))
        return {now, peak};
    for (const QByteArray &line : status.readAll().split('\n')) {
        const double kib = line.simplified().split(' ').value(1).toDouble();
        if (line.startsWith("VmRSS:"))
            now = kib / 1024;
        else if (line.startsWith("VmHWM:"))
            peak = kib / 1024;
    }
    return {now, peak};
}

// --log-benchmark: once the opened job's log is complete and shown, print how
// long that took, its lines and this process's memory, and quit.
void reportWhenLogComplete(adp::app::DesktopSession &session, const QElapsedTimer &sinceStart)
{
    QObject::connect(
        &session, &adp::app::DesktopSession::mainWindowShown, qApp, [&sinceStart](adp::app::MainWindow *window) {
            QObject::connect(window, &adp::app::MainWindow::workspaceOpened, qApp, [&sinceStart](auto *workspace) {
                QObject::connect(
                    workspace, &adp::app::ProjectWorkspace::pageMade, qApp,
                    [&sinceStart](const QString &, QWidget *page) {
                        auto *pipelines = qobject_cast<adp::app::PipelinesView *>(page);
                        if (!pipelines)
                            return;
                        QObject::connect(
                            pipelines, &adp::app::PipelinesView::jobLogComplete, qApp, [&sinceStart, pipelines]() {
                                QTimer::singleShot(0, qApp, [&sinceStart, pipelines]() { // after the paint it asked for
                                    const auto [now, peak] = residentMiB();
                                    QTextStream(stdout)
                                        << QStringLiteral(
                                               "log-complete-ms %1\nlog-lines %2\nrss-mib %3\npeak-rss-mib %4\n")
                                               .arg(sinceStart.elapsed())
                                               .arg(pipelines->logViewer()->document().lineCount())
                                               .arg(now, 0, 'f', 1)
                                               .arg(peak, 0, 'f', 1)
                                        << Qt::flush;
                                    QApplication::quit();
                                });
                            });
                    });
            });
        });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("adp-desktop"));
    QApplication::setOrganizationName(QStringLiteral("adp"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("local"), QStringLiteral("Work on this computer: start the bundled server.")});
    parser.addOption({QStringLiteral("server"), QStringLiteral("Connect to this team server."), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("Data directory of the local server."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("en or zh_CN (default: settings, then system)."),
                      QStringLiteral("lang")});
    parser.addOption({QStringLiteral("startup-benchmark"),
                      QStringLiteral("Print the time to the dashboard's first paint and until its lists are "
                                     "filled, and quit.")});
    parser.addOption({QStringLiteral("open-pipeline"),
                      QStringLiteral("Open this pipeline once signed in, and the job's log when given."),
                      QStringLiteral("project/pipeline[/job]")});
    parser.addOption(
        {QStringLiteral("log-benchmark"),
         QStringLiteral(
             "With --open-pipeline P/N/JOB: print the time until the job's whole log is shown, its lines and "
             "this process's memory, and quit.")});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QStringLiteral("An adp:// link to open, e.g. adp://localhost/project/demo/pipelines/42"),
        QStringLiteral("[link]"));
    parser.process(app);
    adp::app::Theme::apply(adp::app::Theme::saved());

    QString language = parser.value(QStringLiteral("language"));
    if (language.isEmpty())
        language = adp::app::SettingsDialog::savedLanguage();
    adp::i18n::installTranslations(app, language);

    adp::app::StartOptions options;
    options.local = parser.isSet(QStringLiteral("local"));
    options.server = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
    if (parser.value(QStringLiteral("server")).isEmpty())
        options.server.clear();
    options.localDataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.isSet(QStringLiteral("open-pipeline"))) {
        const auto link = adp::app::PipelineLink::parse(parser.value(QStringLiteral("open-pipeline")));
        if (!link) {
            QTextStream(stderr) << QStringLiteral("--open-pipeline takes PROJECT/PIPELINE or PROJECT/PIPELINE/JOB, "
                                                  "for example shop/42 or shop/42/108\n");
            return 2;
        }
        options.open = adp::app::Location::ofPipeline(*link);
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.open = adp::app::Location::fromLink(QUrl(parser.positionalArguments().constFirst()), &options.openHost);
        if (!options.open) {
            QTextStream(stderr) << QStringLiteral("%1 is not an ADP link; they look like "
                                                  "adp://SERVER/project/SLUG[/pipelines/ID[/jobs/JOB]]\n")
                                       .arg(parser.positionalArguments().constFirst());
            return 2;
        }
    }

    adp::app::DesktopSession session;
    if (parser.isSet(QStringLiteral("startup-benchmark"))) {
        // The dashboard's first paint, then the moment its lists hold the server's answers.
        QObject::connect(&session, &adp::app::DesktopSession::mainWindowShown, &app, [&](adp::app::MainWindow *window) {
            QObject::connect(window, &adp::app::MainWindow::firstPainted, &app, [&]() {
                QTextStream(stdout) << QStringLiteral("first-paint-ms %1\n").arg(sinceStart.elapsed()) << Qt::flush;
            });
            QObject::connect(window->homeView(), &adp::app::HomeView::loaded, &app, [&]() {
                QTextStream(stdout) << QStringLiteral("dashboard-loaded-ms %1\n").arg(sinceStart.elapsed())
                                    << Qt::flush;
                QApplication::quit();
            });
        });
    }
    if (parser.isSet(QStringLiteral("log-benchmark")))
        reportWhenLogComplete(session, sinceStart);
    session.start(options);
    return QApplication::exec();
}
