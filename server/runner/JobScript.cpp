#include "JobScript.h"

namespace adp::server::runner {

QString JobScript::of(const QJsonArray &lines)
{
    QString script = QStringLiteral("set -e\nif (set -o pipefail) 2>/dev/null; then set -o pipefail; fi\n");
    for (const QJsonValue &value : lines) {
        const QString line = value.toString();
        QString quoted = line;
        quoted.replace(u'\'', QStringLiteral("'\\''"));
        script +=
            QStringLiteral("printf '\\033[32;1m$ %s\\033[0;m\\n' '") + quoted + QStringLiteral("'\n") + line + u'\n';
    }
    return script;
}

} // namespace adp::server::runner
