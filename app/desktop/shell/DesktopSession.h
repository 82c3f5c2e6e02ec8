#pragma once

#include "Location.h"
#include "shared/client/AuthApi.h"
#include "shared/client/CredentialStore.h"
#include "shared/client/EventsClient.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QMessageBox;

namespace adp::app {

class LocalServerLauncher;
class MainWindow;

// How the desktop was asked to start.
struct StartOptions
{
    bool local = false;           // --local: "This computer" without asking
    QUrl server;                  // --server URL: that team server
    QString localDataDir;         // --data-dir for the local server
    std::optional<Location> open; // --open-pipeline or an adp:// link: shown once signed in
    QString openHost;             // the link's server (HOST[:PORT]); empty for --open-pipeline
};

// The desktop's life cycle: choose where to work, sign in (or start the
// local server), open the main window, sign out. Owns the API client and
// the events connection that every view shares.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    explicit DesktopSession(QObject *parent = nullptr);
    ~DesktopSession() override;

    void start(const StartOptions &options);
    MainWindow *mainWindow() const { return m_window; }
    shared::ApiClient &api() { return m_api; }

Q_SIGNALS:
    void mainWindowShown(MainWindow *window);
    void failed(const QString &message);

private:
    void chooseConnection();
    void startLocal(const QString &dataDir);
    void signInTo(const QUrl &server);
    void openWith(const QUrl &server, const QString &token, bool remember);
    void showMainWindow(const shared::CurrentUser &user);
    void signOut();
    void showStartError(const QString &message);
    QMessageBox *showNewAdminPassword(); // the box, or nullptr when there is nothing to show
    void openRequestedLocation();

    shared::ApiClient m_api;
    shared::EventsClient m_events;
    shared::CredentialStore m_credentials;
    std::unique_ptr<LocalServerLauncher> m_launcher;
    QPointer<MainWindow> m_window;
    bool m_local = false;
    std::optional<Location> m_open;
    QString m_openHost;
    QString m_newAdminPassword; // from the local server's first start, shown once
};

} // namespace adp::app
