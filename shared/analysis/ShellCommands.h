#pragma once

#include <QString>

namespace adp::shared::analysis {

// What the reviews of pipelines and Dockerfiles look for in a shell command.
struct ShellCommands
{
    // curl/wget ... | [sudo] sh/bash/zsh/dash/ksh: a download run unchecked.
    static bool pipesDownloadIntoShell(const QString &command);
};

} // namespace adp::shared::analysis
