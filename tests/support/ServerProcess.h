#pragma once

#include "TestBackends.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace adp::test {

// The real adp-server executable as a child process, on a given backend:
// what users run, killed and restarted the way an operator would.
class ServerProcess
{
public:
    explicit ServerProcess(Backend backend, QString dataDir = {});
    ~ServerProcess();

    // Starts and waits for "listening on"; false with the output in error().
    bool start(const QStringList &extraArguments = {}, const QProcessEnvironment &extraEnvironment = {});
    void kill();     // SIGKILL, no chance to clean up
    int terminate(); // SIGTERM, returns the exit code

    QUrl url() const { return m_url; }
    QString adminPassword() const { return m_adminPassword; } // only on the first start
    QString dataDir() const { return m_dataDir; }
    QString output() const { return m_output; }
    qint64 pid() const { return m_process.processId(); }

    // Another local account, made with the real `adp-server users add` against this server's storage.
    bool addUser(const QString &username, const QString &password, bool admin = false);
    // Runs `adp-server ARGS` against this server's storage with `input` on stdin; true on exit code 0.
    bool command(QStringList arguments, const QByteArray &input = {});

    static QString binary(const QString &name); // from ADP_BIN_DIR

private:
    Backend m_backend;
    QTemporaryDir m_ownDir;
    QString m_dataDir;
    QProcess m_process;
    QUrl m_url;
    QString m_adminPassword;
    QString m_output;
};

} // namespace adp::test
