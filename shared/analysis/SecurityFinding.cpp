#include "SecurityFinding.h"

namespace adp::shared::analysis {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        break;
    }
    return QStringLiteral("low");
}

QJsonObject SecurityFinding::toJson() const
{
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("severity"), severityName(severity)},
            {QStringLiteral("file"), file},
            {QStringLiteral("line"), line},
            {QStringLiteral("message"), message},
            {QStringLiteral("excerpt"), excerpt},
            {QStringLiteral("fingerprint"), fingerprint}};
}

QString redactedSecret(QStringView secret)
{
    return secret.left(4).toString() + QChar(0x2026) + QStringLiteral("(%1 characters)").arg(secret.size());
}

} // namespace adp::shared::analysis
