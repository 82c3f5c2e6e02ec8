#pragma once

#include "ProjectCursor.h"
#include "access/AccessResolver.h"
#include "ports/ProjectDirectory.h"
#include "shared/core/Project.h"
#include "shared/core/ProjectListQuery.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::projects {

// The `projects` table. Keyset pagination over (sort key, id); `sort_name`
// and `search_text` are derived columns kept in step with `name` here.
class ProjectRepository : public ports::ProjectDirectory
{
public:
    explicit ProjectRepository(storage::Database &database)
        : m_database(database)
    {
    }

    using Found = ports::ProjectEntry;
    // `key` is a numeric id or a slug.
    std::optional<Found> find(const QString &key) override;
    void organisationRenamed(storage::Transaction &tx, qint64 organisationId, const QString &from,
                             const QString &to) override;
    std::optional<shared::Project> findForUpdate(storage::Transaction &tx, qint64 id);
    // A listed row: its stored API JSON and what a cursor after it needs.
    struct ListedRow
    {
        qint64 id = 0;
        QVariant sortKey;
        QByteArray json;
        qint64 organisationId = 0;
        QString visibility;
    };
    // Rows for one page plus one extra row that tells whether more exist
    // (`rowLimit` rows at most; 0: the query's limit + 1).
    // `visible` narrows the rows to what the caller may see.
    QList<ListedRow> list(const shared::ProjectListQuery &query, const std::optional<ProjectCursor> &after,
                          const access::SqlCondition &visible, int rowLimit = 0);

    shared::Project insert(storage::Transaction &tx, shared::Project project, qint64 organisationId,
                           qint64 createdById);
    void update(storage::Transaction &tx, const shared::Project &project);
    void remove(storage::Transaction &tx, qint64 id);

private:
    std::optional<Found> findWith(const storage::Executor &run, const QString &key, const QString &suffix);
    storage::Database &m_database;
};

} // namespace adp::server::projects
