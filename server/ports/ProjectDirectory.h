#pragma once

#include "shared/core/Project.h"

#include <optional>

namespace adp::server::ports {

// A project as other features see it. Only projects/ writes the `projects` table.
struct ProjectEntry
{
    shared::Project project;
    qint64 organisationId = 0;
};

// Looks projects up for features that are not projects/ (implemented by its repository).
class ProjectDirectory
{
public:
    virtual ~ProjectDirectory() = default;
    // `key` is a numeric id or a slug.
    virtual std::optional<ProjectEntry> find(const QString &key) = 0;
};

} // namespace adp::server::ports
