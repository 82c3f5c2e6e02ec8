#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace adp::app {

// "This computer": runs the bundled adp-server as a child process on a free
// loopback port with the embedded database, hands it a fresh owner session
// token (so the person at the keyboard is signed in as the local admin), and
// stops it when the app quits.
class LocalServerLauncher : public QObject
{
    Q_OBJECT

public:
    explicit LocalServerLauncher(QObject *parent = nullptr);
    ~LocalServerLauncher() override;

    // Path of adp-server next to this executable, or ADP_SERVER_BINARY.
    static QString serverBinary();

    void start(const QString &dataDir = {});
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }
    QString ownerToken() const { return m_token; }

Q_SIGNALS:
    void ready(const QUrl &url, const QString &token);
    // The first start created the admin account; its password, shown once.
    void adminPasswordCreated(const QString &password);
    void failed(const QString &message);

private:
    void onOutput();

    QProcess m_process;
    QString m_buffer;
    QString m_token;
    QUrl m_url;
};

} // namespace adp::app
