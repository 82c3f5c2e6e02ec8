#pragma once

#include <QJsonArray>
#include <QString>

namespace adp::server::runner {

// A job's script lines as one shell script that prints "$ command" before each (as GitLab's runner
// does) and stops at the first that fails. It runs in bash, or in a POSIX sh where an image has no
// bash: pipefail is asked for only where the shell knows it.
class JobScript
{
public:
    static QString of(const QJsonArray &lines);
};

} // namespace adp::server::runner
