#include "OidcProvider.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace adp::test {

namespace {
QString toolsDir()
{
    return QStringLiteral(ADP_OAUTH_TOOLS_DIR);
}
} // namespace

OidcProvider::~OidcProvider()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool OidcProvider::available(QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        *why = QStringLiteral("node is not installed; run tests/run.sh");
        return false;
    }
    if (!QFileInfo::exists(toolsDir() + QStringLiteral("/node_modules/oidc-provider/package.json"))) {
        *why = QStringLiteral("oidc-provider is not installed: npm ci --prefix tests/oauth (tests/run.sh does it)");
        return false;
    }
    return true;
}

bool OidcProvider::start(const QUrl &redirectUri)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setWorkingDirectory(toolsDir());
    m_process.start(QStringLiteral("node"), {QStringLiteral("provider.mjs"), redirectUri.toString(),
                                             QString::fromLatin1(kClientId), QString::fromLatin1(kClientSecret)});
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression issuer(QStringLiteral("issuer (http://\\S+)"));
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAll());
        if (const auto match = issuer.match(m_output); match.hasMatch()) {
            m_issuer = match.captured(1);
            return true;
        }
    }
    return false;
}

OidcProvider::Visit OidcProvider::browse(const QUrl &start, const QString &login, const QString &stopOrigin,
                                         bool deliver)
{
    QProcess browser;
    browser.setWorkingDirectory(toolsDir());
    QStringList arguments{QStringLiteral("browse.mjs"), start.toString(QUrl::FullyEncoded), login, stopOrigin};
    if (deliver)
        arguments << QStringLiteral("--deliver");
    browser.start(QStringLiteral("node"), arguments);
    Visit visit;
    if (!browser.waitForFinished(60000)) {
        browser.kill();
        visit.details = QStringLiteral("the browser stand-in did not finish");
        return visit;
    }
    const QString out = QString::fromUtf8(browser.readAllStandardOutput()).trimmed();
    visit.details = QString::fromUtf8(browser.readAllStandardError());
    visit.ok = browser.exitCode() == 0 && !out.isEmpty();
    visit.final = QUrl(out.section(u'\n', -1));
    return visit;
}

} // namespace adp::test
