#pragma once

#include "SecurityFinding.h"

#include <QByteArray>
#include <QCoreApplication>

namespace adp::shared::analysis {

// Security review of a .gitlab-ci.yml: scripts piping a download into a shell, secret variables
// echoed into the log, images on :latest or on no tag at all, and Docker-in-Docker services
// (which need privileged runners).
class PipelineAudit
{
    Q_DECLARE_TR_FUNCTIONS(PipelineAudit)

public:
    static SecurityFindings audit(const QByteArray &text, const QString &file);
};

} // namespace adp::shared::analysis
