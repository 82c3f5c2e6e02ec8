#include "DefinitionError.h"

namespace adp::pipeline {

QString DefinitionError::toString() const
{
    QString where = file.isEmpty() ? QString() : file + u':';
    if (line > 0)
        where += QStringLiteral("%1:%2: ").arg(line).arg(column);
    else if (!where.isEmpty())
        where += u' ';
    return where + keyword + QStringLiteral(": ") + message;
}

QJsonObject DefinitionError::toJson() const
{
    QJsonObject json{{QStringLiteral("keyword"), keyword},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("line"), line},
                     {QStringLiteral("column"), column}};
    if (!file.isEmpty())
        json.insert(QStringLiteral("file"), file);
    return json;
}

} // namespace adp::pipeline
