#include "LocalServerLauncher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace adp::app {

namespace {
constexpr int kStartTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 10000;

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

LocalServerLauncher::LocalServerLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalServerLauncher::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("Could not start %1: %2").arg(serverBinary(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        if (m_url.isEmpty()) {
            const QString details = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
            Q_EMIT failed(tr("The local server stopped (exit code %1): %2").arg(code).arg(details));
        }
    });
}

LocalServerLauncher::~LocalServerLauncher()
{
    stop();
}

QString LocalServerLauncher::serverBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("ADP_SERVER_BINARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/adp-server");
}

void LocalServerLauncher::start(const QString &dataDir)
{
    m_token = randomToken();
    m_url.clear();
    m_buffer.clear();
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")};
    if (!dataDir.isEmpty())
        arguments << QStringLiteral("--data-dir") << dataDir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The token travels in the child's environment only, readable by this user alone.
    environment.insert(QStringLiteral("ADP_OWNER_SESSION_TOKEN"), m_token);
    environment.remove(QStringLiteral("ADP_DATABASE"));
    environment.remove(QStringLiteral("ADP_REDIS"));
    m_process.setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    // If the app dies without cleaning up, the kernel sends the server SIGTERM: no orphan keeps the data dir.
    m_process.setChildProcessModifier([]() { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(serverBinary(), arguments);
    QTimer::singleShot(kStartTimeoutMs, this, [this]() {
        if (m_url.isEmpty() && isRunning()) {
            m_process.kill();
            Q_EMIT failed(tr("The local server did not start within %1 seconds").arg(kStartTimeoutMs / 1000));
        }
    });
}

void LocalServerLauncher::stop()
{
    if (!isRunning())
        return;
    m_process.terminate(); // SIGTERM: the server finishes what it is doing
    if (!m_process.waitForFinished(kStopTimeoutMs))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void LocalServerLauncher::onOutput()
{
    m_buffer += QString::fromUtf8(m_process.readAllStandardOutput());
    static const QRegularExpression password(QStringLiteral("password: (\\S+)"));
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    if (const auto match = password.match(m_buffer); match.hasMatch()) {
        Q_EMIT adminPasswordCreated(match.captured(1));
        m_buffer.remove(match.capturedStart(), match.capturedLength()); // report once
    }
    if (const auto match = listening.match(m_buffer); match.hasMatch() && m_url.isEmpty()) {
        m_url = QUrl(match.captured(1));
        Q_EMIT ready(m_url, m_token);
    }
}

} // namespace adp::app
