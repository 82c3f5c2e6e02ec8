#include "ShellCommands.h"

#include <QRegularExpression>

namespace adp::shared::analysis {

bool ShellCommands::pipesDownloadIntoShell(const QString &command)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:curl|wget)\\b[^|;&]*\\|\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:ba|z|da|k)?sh\\b"));
    return pattern.match(command).hasMatch();
}

} // namespace adp::shared::analysis
