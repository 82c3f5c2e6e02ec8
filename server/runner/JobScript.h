#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace adp::server::runner {

// A job's script lines as one shell script that prints "$ command" before each (as GitLab's runner
// does) and stops at the first that fails. It runs in bash, or in a POSIX sh where an image has no
// bash: pipefail is asked for only where the shell knows it.
class JobScript
{
public:
    static QString of(const QJsonArray &lines);
    // A job's before_script and script, as one script.
    static QString main(const QJsonObject &spec);
    // Its after_script; empty when it has none.
    static QString after(const QJsonObject &spec);
};

} // namespace adp::server::runner
