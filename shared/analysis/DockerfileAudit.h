#pragma once

#include "SecurityFinding.h"

#include <QByteArray>
#include <QCoreApplication>

namespace adp::shared::analysis {

// Security review of a Dockerfile: base images on :latest or no tag, no USER (the image runs as
// root), downloads piped into a shell, ADD from a URL, and secrets set in ENV or ARG.
class DockerfileAudit
{
    Q_DECLARE_TR_FUNCTIONS(DockerfileAudit)

public:
    static SecurityFindings audit(const QByteArray &text, const QString &file);
    static bool isDockerfileName(const QString &fileName);
};

} // namespace adp::shared::analysis
