#include "DesktopSession.h"

#include "MainWindow.h"
#include "connection/ConnectionDialog.h"
#include "connection/LocalServerLauncher.h"
#include "connection/LoginDialog.h"
#include "projects/ProjectsView.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace adp::app {

namespace {
const QString kLastServerKey = QStringLiteral("connection/lastServer");
const QString kLastUserKey = QStringLiteral("connection/lastUser");
const QString kFileStoreNoticeKey = QStringLiteral("connection/fileStoreNoticeShown");
} // namespace

DesktopSession::DesktopSession(QObject *parent)
    : QObject(parent)
    , m_events(m_api)
    , m_credentials(qEnvironmentVariable("ADP_CONFIG_DIR"))
{
    connect(&m_api, &shared::ApiClient::sessionExpired, this, [this]() {
        if (m_window && !m_local) {
            m_window->statusBar()->showMessage(tr("Your session has ended. Sign in again."));
            signOut();
        }
    });
}

DesktopSession::~DesktopSession()
{
    m_events.stop();
    delete m_window;
}

void DesktopSession::start(const StartOptions &options)
{
    m_open = options.open;
    m_openHost = options.openHost;
    if (options.local)
        return startLocal(options.localDataDir);
    // ADP_SERVER + ADP_TOKEN: scripted start (benchmarks, kiosks), nothing saved.
    const QUrl envServer(qEnvironmentVariable("ADP_SERVER"));
    const QString envToken = qEnvironmentVariable("ADP_TOKEN");
    if (envServer.isValid() && !envServer.isEmpty() && !envToken.isEmpty())
        return openWith(envServer, envToken, false);
    if (!options.server.isEmpty())
        return signInTo(options.server);
    if (const auto saved = m_credentials.load())
        return openWith(saved->server, saved->token, false);
    chooseConnection();
}

void DesktopSession::chooseConnection()
{
    ConnectionDialog dialog(QSettings().value(kLastServerKey).toUrl());
    if (dialog.exec() != QDialog::Accepted) {
        QApplication::quit();
        return;
    }
    if (dialog.useLocalServer())
        startLocal({});
    else
        signInTo(dialog.serverUrl());
}

void DesktopSession::startLocal(const QString &dataDir)
{
    m_local = true;
    m_launcher = std::make_unique<LocalServerLauncher>();
    connect(m_launcher.get(), &LocalServerLauncher::ready, this,
            [this](const QUrl &url, const QString &token) { openWith(url, token, false); });
    connect(m_launcher.get(), &LocalServerLauncher::failed, this, &DesktopSession::showStartError);
    connect(m_launcher.get(), &LocalServerLauncher::adminPasswordCreated, this,
            [this](const QString &password) { m_newAdminPassword = password; });
    m_launcher->start(dataDir);
}

void DesktopSession::signInTo(const QUrl &server)
{
    m_local = false;
    m_api.setBaseUrl(server);
    m_api.setToken({});
    LoginDialog dialog(m_api, QSettings().value(kLastUserKey).toString());
    if (dialog.exec() != QDialog::Accepted) {
        chooseConnection();
        return;
    }
    QSettings().setValue(kLastServerKey, server);
    QSettings().setValue(kLastUserKey, dialog.username());
    QString error;
    if (!m_credentials.save({server, dialog.username(), dialog.loginResult().token}, &error))
        QMessageBox::warning(nullptr, tr("Session not saved"),
                             tr("You are signed in, but the session could not be saved: %1").arg(error));
    openWith(server, dialog.loginResult().token, true);
}

void DesktopSession::openWith(const QUrl &server, const QString &token, bool remember)
{
    m_api.setBaseUrl(server);
    m_api.setToken(token);
    shared::AuthApi auth(m_api);
    auth.me(this, [this, remember](const shared::ApiResult<shared::CurrentUser> &result) {
        if (!result.ok()) {
            if (m_local)
                return showStartError(result.error().describe());
            m_credentials.clear(); // the saved session is no longer valid
            chooseConnection();
            return;
        }
        showMainWindow(result.value());
        if (remember && m_credentials.backend() == shared::CredentialStore::Backend::File &&
            !QSettings().value(kFileStoreNoticeKey).toBool()) {
            QSettings().setValue(kFileStoreNoticeKey, true);
            m_window->statusBar()->showMessage(
                tr("No system keychain was found: your session is kept in %1, readable only by you.")
                    .arg(m_credentials.filePath()),
                15000);
        }
    });
}

void DesktopSession::showMainWindow(const shared::CurrentUser &user)
{
    delete m_window;
    m_window = new MainWindow(m_api, m_events, user);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &DesktopSession::signOut);
    QStringList topics{QStringLiteral("projects"), QStringLiteral("organisations"), QStringLiteral("pipelines"),
                       QStringLiteral("costs"), QStringLiteral("ai")};
    if (user.mayReadAudit())
        topics.append(QStringLiteral("audit"));
    m_events.start(topics);
    m_window->show();
    Q_EMIT mainWindowShown(m_window);
    const bool tour = m_local && !m_open; // a first start on this computer, not to open a link
    openRequestedLocation();
    QMessageBox *password = showNewAdminPassword();
    if (!tour)
        return;
    if (password) // the tour after the password was read, not under it
        connect(password, &QDialog::finished, m_window, &MainWindow::startTourIfFirstRun);
    else
        m_window->startTourIfFirstRun();
}

void DesktopSession::openRequestedLocation()
{
    const auto location = std::exchange(m_open, std::nullopt);
    if (!location)
        return;
    // A link names its server; it opens on this one when that is the one it names ("local" and
    // "localhost" name this computer's server whatever its port).
    const QUrl here = m_api.baseUrl();
    const QString host = m_openHost.section(u':', 0, 0);
    const QString port = m_openHost.section(u':', 1);
    const bool local = host == u"local" || (host == u"localhost" && port.isEmpty());
    const bool same = m_openHost.isEmpty() || (local && m_local) ||
                      (host == here.host() && (port.isEmpty() || port.toInt() == here.port(-1)));
    if (!same) {
        m_window->statusBar()->showMessage(
            tr("The link is for the server %1; you are signed in to %2.").arg(m_openHost, here.authority()), 20000);
        return;
    }
    m_window->go(*location);
}

QMessageBox *DesktopSession::showNewAdminPassword()
{
    if (m_newAdminPassword.isEmpty())
        return nullptr;
    // Shown once, as the server prints it once: needed to sign in from the CLI or another machine.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Your administrator account"),
                                tr("ADP created the account \"admin\" on this computer.\n\nPassword: %1\n\n"
                                   "You are signed in already; keep this password to sign in from the command "
                                   "line. It will not be shown again.")
                                    .arg(m_newAdminPassword),
                                QMessageBox::Ok, m_window);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_newAdminPassword.clear();
    return box;
}

void DesktopSession::signOut()
{
    m_events.stop();
    shared::AuthApi(m_api).logout(this, [](const shared::ApiResult<shared::Done> &) {});
    m_credentials.clear();
    m_api.setToken({});
    if (m_window) {
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->hide();
        m_window->deleteLater();
    }
    if (m_local) {
        // The local server signs its owner in; signing out ends the app.
        QApplication::quit();
        return;
    }
    chooseConnection();
}

void DesktopSession::showStartError(const QString &message)
{
    Q_EMIT failed(message);
    QMessageBox::critical(nullptr, tr("ADP could not start"), message);
    QApplication::exit(1);
}

} // namespace adp::app
