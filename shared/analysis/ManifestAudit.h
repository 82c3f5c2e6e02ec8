#pragma once

#include "SecurityFinding.h"

#include <QByteArray>
#include <QCoreApplication>

namespace adp::shared::analysis {

// Security review of Kubernetes manifests (YAML or JSON, several documents, List objects): pods
// and the workloads that make them. Privileged containers, host paths, host network/PID/IPC,
// containers that may run as root or escalate, no resource limits, no probes, images on :latest.
class ManifestAudit
{
    Q_DECLARE_TR_FUNCTIONS(ManifestAudit)

public:
    static SecurityFindings audit(const QByteArray &text, const QString &file);
    // Whether the text holds a Kubernetes object (apiVersion and kind at the top of a document).
    static bool looksLikeManifest(const QByteArray &text);
};

} // namespace adp::shared::analysis
