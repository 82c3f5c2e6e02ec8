#include "CommandRun.h"

#include "ServerProcess.h"

#include <QJsonDocument>
#include <QProcess>

namespace adp::test {

QJsonObject CommandResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CommandResult runCommand(const QString &binary, const QStringList &arguments, const QByteArray &input,
                         const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(ServerProcess::binary(binary), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace adp::test
