#include "ProgramOnPath.h"

#include <QFile>
#include <QStandardPaths>

namespace adp::test {

ProgramOnPath::ProgramOnPath(const QString &name, const QByteArray &script)
    : m_path(qgetenv("PATH"))
{
    QFile program(m_directory.filePath(name));
    m_ok = m_directory.isValid() && program.open(QIODevice::WriteOnly) && program.write(script) == script.size();
    program.close();
    m_ok = m_ok && program.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("PATH", m_directory.path().toUtf8() + ':' + m_path);
}

ProgramOnPath::~ProgramOnPath()
{
    qputenv("PATH", m_path);
}

QString ProgramOnPath::real(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QByteArray ProgramOnPath::loggingWrapper(const QString &name, const QString &logFile)
{
    return QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\nexec '%2' \"$@\"\n").arg(logFile, real(name)).toUtf8();
}

QStringList ProgramOnPath::runsIn(const QString &logFile)
{
    QFile log(logFile);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace adp::test
