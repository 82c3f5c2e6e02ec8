#pragma once

#include "ProjectCursor.h"
#include "ProjectListCache.h"
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
    ProjectRepository(storage::Database &database, const Clock &clock)
        : m_database(database)
        , m_listed(clock)
    {
    }

    using Found = ports::ProjectEntry;
    // `key` is a numeric id or a slug.
    std::optional<Found> find(const QString &key) override;
    void organisationRenamed(storage::Transaction &tx, qint64 organisationId, const QString &from,
                             const QString &to) override;
    std::optional<shared::Project> findForUpdate(storage::Transaction &tx, qint64 id);
    using ListedRow = ListedProject;
    // Rows for one page plus one extra row that tells whether more exist
    // (`rowLimit` rows at most; 0: the query's limit + 1).
    // `visible` narrows the rows to what the caller may see; without it the page may come
    // from the list cache (see ProjectListCache for how fresh that is).
    QList<ListedRow> list(const shared::ProjectListQuery &query, const std::optional<ProjectCursor> &after,
                          const access::SqlCondition &visible, int rowLimit = 0);

    shared::Project insert(storage::Transaction &tx, shared::Project project, qint64 organisationId,
                           qint64 createdById);
    void update(storage::Transaction &tx, const shared::Project &project);
    void remove(storage::Transaction &tx, qint64 id);
    // The projects changed somewhere else (another replica's event): list them again.
    void forgetListed() { m_listed.forget(); }

private:
    std::optional<Found> findWith(const storage::Executor &run, const QString &key, const QString &suffix);
    QList<ListedRow> read(const QString &sql, const QVariantList &params);
    // Every write forgets the cached pages once it is committed.
    void forgetListedOnCommit(storage::Transaction &tx);
    storage::Database &m_database;
    ProjectListCache m_listed;
};

} // namespace adp::server::projects
