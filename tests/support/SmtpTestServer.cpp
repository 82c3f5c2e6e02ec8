#include "SmtpTestServer.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

namespace adp::test {

namespace {
QString toolsDir()
{
    return QStringLiteral(ADP_SMTP_TOOLS_DIR);
}
} // namespace

SmtpTestServer::~SmtpTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SmtpTestServer::available(QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        *why = QStringLiteral("node is not installed; run tests/run.sh");
        return false;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        *why = QStringLiteral("openssl is not installed; run tests/run.sh");
        return false;
    }
    if (!QFileInfo::exists(toolsDir() + QStringLiteral("/node_modules/smtp-server/package.json"))) {
        *why = QStringLiteral("smtp-server is not installed: npm ci --prefix tests/smtp (tests/run.sh does it)");
        return false;
    }
    return true;
}

bool SmtpTestServer::start()
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
                   m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certificateFile()});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_output = QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setWorkingDirectory(toolsDir());
    m_process.start(QStringLiteral("node"),
                    {QStringLiteral("server.mjs"), m_dir.filePath(QStringLiteral("key.pem")), certificateFile(),
                     QString::fromLatin1(kUser), QString::fromLatin1(kPassword)});
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening (\\d+)"));
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        if (const auto match = listening.match(m_output); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

QList<QJsonObject> SmtpTestServer::messages(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QList<QJsonObject> found;
    for (;;) {
        m_process.waitForReadyRead(100);
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        found.clear();
        for (const QString &line : m_output.split(u'\n')) {
            const QJsonObject message = QJsonDocument::fromJson(line.toUtf8()).object();
            if (message.contains(QStringLiteral("data")))
                found.append(message);
        }
        if (found.size() >= count || deadline.hasExpired())
            return found;
    }
}

} // namespace adp::test
