#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace adp::test {

// One run of an ADP executable from ADP_BIN_DIR, to completion.
struct CommandResult
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const;
};

// `environment` replaces the process environment; by default the test's own.
CommandResult runCommand(const QString &binary, const QStringList &arguments, const QByteArray &input = {},
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// `adp` as a person on this computer runs it: a config directory of its own, the session kept in a
// file, English, signed in to a server with a password.
class CliSession
{
public:
    CliSession();
    bool login(const QUrl &server, const QString &username, const QByteArray &password);
    CommandResult operator()(const QStringList &arguments, const QByteArray &input = {}) const;

private:
    QTemporaryDir m_config;
    QProcessEnvironment m_environment;
};

} // namespace adp::test
