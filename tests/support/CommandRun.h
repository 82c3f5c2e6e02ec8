#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

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

} // namespace adp::test
