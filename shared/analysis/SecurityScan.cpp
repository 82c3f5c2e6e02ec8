#include "SecurityScan.h"

#include "DockerfileAudit.h"
#include "ManifestAudit.h"
#include "PipelineAudit.h"
#include "SecretScanner.h"

#include <QFileInfo>

namespace adp::shared::analysis {

SecurityScan::Kind SecurityScan::kindOf(const QString &fileName, const QByteArray &text)
{
    if (text.left(8192).contains('\0'))
        return Kind::Binary;
    const QString name = QFileInfo(fileName).fileName();
    if (name == u".gitlab-ci.yml" || name.endsWith(QStringLiteral(".gitlab-ci.yml")))
        return Kind::Pipeline;
    if (DockerfileAudit::isDockerfileName(name))
        return Kind::Dockerfile;
    const QString suffix = QFileInfo(name).suffix().toLower();
    if ((suffix == u"yaml" || suffix == u"yml" || suffix == u"json") && ManifestAudit::looksLikeManifest(text))
        return Kind::Manifest;
    return Kind::Text;
}

SecurityFindings SecurityScan::scan(const QString &fileName, const QByteArray &text, const QSet<QString> &allowed)
{
    SecurityFindings findings;
    switch (kindOf(fileName, text)) {
    case Kind::Binary:
        return findings;
    case Kind::Pipeline:
        findings += PipelineAudit::audit(text, fileName);
        break;
    case Kind::Dockerfile:
        findings += DockerfileAudit::audit(text, fileName);
        break;
    case Kind::Manifest:
        findings += ManifestAudit::audit(text, fileName);
        break;
    case Kind::Text:
        break;
    }
    findings += SecretScanner::scan(text, fileName);
    findings.removeIf([&allowed](const SecurityFinding &finding) { return allowed.contains(finding.fingerprint); });
    std::stable_sort(findings.begin(), findings.end(),
                     [](const SecurityFinding &a, const SecurityFinding &b) { return a.line < b.line; });
    return findings;
}

} // namespace adp::shared::analysis
