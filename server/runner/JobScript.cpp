#include "JobScript.h"

namespace adp::server::runner {

QString JobScript::of(const QJsonArray &lines)
{
    QString script = QStringLiteral(
        "set -e\nif [ -n \"${BASH_VERSION:-}\" ] || (set -o pipefail) 2>/dev/null; then set -o pipefail; fi\n");
    for (const QJsonValue &value : lines) {
        const QString line = value.toString();
        QString quoted = line;
        quoted.replace(u'\'', QStringLiteral("'\\''"));
        script +=
            QStringLiteral("printf '\\033[32;1m$ %s\\033[0;m\\n' '") + quoted + QStringLiteral("'\n") + line + u'\n';
    }
    return script;
}

QString JobScript::main(const QJsonObject &spec)
{
    QJsonArray lines = spec.value(QStringLiteral("before_script")).toArray();
    for (const QJsonValue &line : spec.value(QStringLiteral("script")).toArray())
        lines.append(line);
    return of(lines);
}

QString JobScript::after(const QJsonObject &spec)
{
    const QJsonArray lines = spec.value(QStringLiteral("after_script")).toArray();
    return lines.isEmpty() ? QString() : of(lines);
}

} // namespace adp::server::runner
