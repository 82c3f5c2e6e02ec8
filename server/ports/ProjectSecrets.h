#pragma once

#include <QStringList>

namespace adp::server::ports {

// The values a project keeps secret (its masked CI/CD variables, every scope), opened: what must
// never leave the server in anything built from its jobs (implemented by pipelines/).
class ProjectSecrets
{
public:
    virtual ~ProjectSecrets() = default;
    virtual QStringList maskedValues(qint64 projectId) const = 0;
};

} // namespace adp::server::ports
