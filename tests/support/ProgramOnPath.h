#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

namespace adp::test {

// A program of the test's own, found first on PATH while this lives (PATH as it was after): a
// wrapper that logs each run of the real one, or a fake that fails. Servers started in-process
// look programs up on PATH when they start them, so they find it.
class ProgramOnPath
{
public:
    // `script`: the program's text (a shell script with its #! line).
    ProgramOnPath(const QString &name, const QByteArray &script);
    ~ProgramOnPath();
    ProgramOnPath(const ProgramOnPath &) = delete;
    ProgramOnPath &operator=(const ProgramOnPath &) = delete;

    // A script that appends its arguments to `logFile`, one run a line, then runs the real `name`.
    static QByteArray loggingWrapper(const QString &name, const QString &logFile);
    // The real `name`, found on PATH before any of these.
    static QString real(const QString &name);

    bool ok() const { return m_ok; }
    QString directory() const { return m_directory.path(); }
    // The runs a logging wrapper wrote to `logFile`: each one's arguments.
    static QStringList runsIn(const QString &logFile);

private:
    QTemporaryDir m_directory;
    QByteArray m_path;
    bool m_ok = false;
};

} // namespace adp::test
