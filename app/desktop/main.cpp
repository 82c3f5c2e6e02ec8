#include "settings/SettingsDialog.h"
#include "shell/DesktopSession.h"
#include "shell/MainWindow.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

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
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Data directory of the local server."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("en or zh_CN (default: settings, then system)."), QStringLiteral("lang")});
    parser.addOption({QStringLiteral("startup-benchmark"), QStringLiteral("Print the time to the main window's first paint and quit.")});
    parser.process(app);

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

    adp::app::DesktopSession session;
    if (parser.isSet(QStringLiteral("startup-benchmark"))) {
        QObject::connect(&session, &adp::app::DesktopSession::mainWindowShown, &app, [&](adp::app::MainWindow *window) {
            QObject::connect(window, &adp::app::MainWindow::firstPainted, &app, [&]() {
                QTextStream(stdout) << QStringLiteral("first-paint-ms %1\n").arg(sinceStart.elapsed()) << Qt::flush;
                QApplication::quit();
            });
        });
    }
    session.start(options);
    return QApplication::exec();
}
