#pragma once

#include "SecurityFinding.h"

#include <QSet>

namespace adp::shared::analysis {

// The security analyzers over one file, chosen by what it is: a .gitlab-ci.yml gets the pipeline
// review, a Dockerfile the Dockerfile review, a Kubernetes manifest the manifest review, and every
// text file the secret scan. Findings whose fingerprint is allowed are left out.
class SecurityScan
{
public:
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024; // larger files: secrets in the start only

    enum class Kind { Pipeline, Dockerfile, Manifest, Text, Binary };
    static Kind kindOf(const QString &fileName, const QByteArray &text);
    static SecurityFindings scan(const QString &fileName, const QByteArray &text, const QSet<QString> &allowed = {});
};

} // namespace adp::shared::analysis
