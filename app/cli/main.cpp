#include "CliApp.h"
#include "translations/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("adp"));
    adp::i18n::installTranslations(app, qEnvironmentVariable("ADP_LANGUAGE"));
    return adp::cli::CliApp::run(QCoreApplication::arguments());
}
