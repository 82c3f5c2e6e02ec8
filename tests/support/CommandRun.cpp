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

CliSession::CliSession()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(QStringLiteral("ADP_CONFIG_DIR"), m_config.path());
    m_environment.insert(QStringLiteral("ADP_CREDENTIAL_STORE"), QStringLiteral("file"));
    m_environment.insert(QStringLiteral("ADP_LANGUAGE"), QStringLiteral("en"));
}

bool CliSession::login(const QUrl &server, const QString &username, const QByteArray &password)
{
    return (*this)({QStringLiteral("login"), QStringLiteral("--server"), server.toString(),
                    QStringLiteral("--username"), username, QStringLiteral("--password-stdin")},
                   password + '\n')
               .code == 0;
}

CommandResult CliSession::operator()(const QStringList &arguments, const QByteArray &input) const
{
    return runCommand(QStringLiteral("adp"), arguments, input, m_environment);
}

} // namespace adp::test
