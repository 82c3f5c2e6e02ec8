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

SecurityFinding SecurityFinding::fromJson(const QJsonObject &object)
{
    const QString severity = object.value(QStringLiteral("severity")).toString();
    return {object.value(QStringLiteral("rule")).toString(),
            severity == u"high"     ? Severity::High
            : severity == u"medium" ? Severity::Medium
                                    : Severity::Low,
            object.value(QStringLiteral("file")).toString(),
            object.value(QStringLiteral("line")).toInt(),
            object.value(QStringLiteral("message")).toString(),
            object.value(QStringLiteral("excerpt")).toString(),
            object.value(QStringLiteral("fingerprint")).toString()};
}

QString redactedSecret(QStringView secret)
{
    return secret.left(4).toString() + QChar(0x2026) + QStringLiteral("(%1 characters)").arg(secret.size());
}

} // namespace adp::shared::analysis
