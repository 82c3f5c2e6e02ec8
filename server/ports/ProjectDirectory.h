#pragma once

#include "shared/core/Project.h"
#include "storage/Transaction.h"

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
    // The one change another feature asks of projects: they keep their organisation's slug in
    // their stored API JSON, so renaming an organisation rewrites it, in the rename's transaction.
    virtual void organisationRenamed(storage::Transaction &tx, qint64 organisationId, const QString &from,
                                     const QString &to) = 0;
};

} // namespace adp::server::ports
