#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace adp::shared::analysis {

enum class Severity { High, Medium, Low };
QString severityName(Severity severity); // high, medium, low

// One thing a security rule found in a file. `excerpt` never holds a secret: a found secret is
// shown by its first four characters and its length.
struct SecurityFinding
{
    QString rule;
    Severity severity = Severity::Medium;
    QString file;
    int line = 0; // 1-based; 0 for the file as a whole
    QString message;
    QString excerpt;
    QString fingerprint; // rule:file:line, or rule:sha256-prefix of a secret (stable across moves)

    QJsonObject toJson() const;
    static SecurityFinding fromJson(const QJsonObject &object);
};

using SecurityFindings = QList<SecurityFinding>;

// A secret as it may be shown: "AKIA…(20 characters)".
QString redactedSecret(QStringView secret);

} // namespace adp::shared::analysis
