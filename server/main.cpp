#include "app/ServerCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("adp"));
    return adp::server::runServerCli(QCoreApplication::arguments());
}
