#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QThread>

namespace adp::test {

QString ServerProcess::binary(const QString &name)
{
    return qEnvironmentVariable("ADP_BIN_DIR") + u'/' + name;
}

ServerProcess::ServerProcess(Backend backend, QString dataDir)
    : m_backend(std::move(backend))
    , m_dataDir(dataDir.isEmpty() ? m_ownDir.path() : std::move(dataDir))
{
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(const QStringList &extraArguments, const QProcessEnvironment &extraEnvironment)
{
    QStringList arguments{QStringLiteral("--listen"),           QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--data-dir"),         m_dataDir,
                          QStringLiteral("--log-level"),        QStringLiteral("warn"),
                          QStringLiteral("--repository-roots"), QDir::tempPath()};
    if (!m_backend.databaseUrl.isEmpty())
        arguments << QStringLiteral("--database") << m_backend.databaseUrl;
    if (!m_backend.redisUrl.isEmpty())
        arguments << QStringLiteral("--redis") << m_backend.redisUrl;
    arguments << extraArguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnvironment.keys())
        environment.insert(key, extraEnvironment.value(key));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_output.clear();
    m_url.clear();
    m_process.start(binary(QStringLiteral("adp-server")), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    static const QRegularExpression password(QStringLiteral("password: (\\S+)"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAll());
        if (const auto match = password.match(m_output); match.hasMatch())
            m_adminPassword = match.captured(1);
        if (const auto match = listening.match(m_output); match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAll());
    return false;
}

bool ServerProcess::addUser(const QString &username, const QString &password, bool admin)
{
    QStringList arguments{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--username"), username,
                          QStringLiteral("--password-stdin")};
    if (admin)
        arguments << QStringLiteral("--admin");
    return command(arguments, password.toUtf8() + '\n');
}

bool ServerProcess::command(QStringList arguments, const QByteArray &input)
{
    arguments << QStringLiteral("--data-dir") << m_dataDir << QStringLiteral("--log-level") << QStringLiteral("warn");
    if (!m_backend.databaseUrl.isEmpty())
        arguments << QStringLiteral("--database") << m_backend.databaseUrl;
    QProcess process;
    process.start(binary(QStringLiteral("adp-server")), arguments);
    process.write(input);
    process.closeWriteChannel();
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

int ServerProcess::terminate()
{
    m_process.terminate();
    m_process.waitForFinished(30000);
    m_output += QString::fromUtf8(m_process.readAll());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace adp::test
