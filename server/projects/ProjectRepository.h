#pragma once

#include "ProjectCursor.h"
#include "shared/core/Project.h"
#include "shared/core/ProjectListQuery.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::projects {

// The `projects` table. Keyset pagination over (sort key, id); `sort_name`
// and `search_text` are derived columns kept in step with `name` here.
class ProjectRepository
{
public:
    explicit ProjectRepository(storage::Database &database) : m_database(database) {}

    // `key` is a numeric id or a slug.
    std::optional<shared::Project> find(const QString &key);
    std::optional<shared::Project> findForUpdate(storage::Transaction &tx, const QString &key);
    // A listed row: its stored API JSON and what a cursor after it needs.
    struct ListedRow
    {
        qint64 id = 0;
        QVariant sortKey;
        QByteArray json;
    };
    // Rows for one page plus one extra row that tells whether more exist.
    QList<ListedRow> list(const shared::ProjectListQuery &query, const std::optional<ProjectCursor> &after);

    shared::Project insert(storage::Transaction &tx, shared::Project project, qint64 createdById);
    void update(storage::Transaction &tx, const shared::Project &project);
    void remove(storage::Transaction &tx, qint64 id);

private:
    std::optional<shared::Project> findWith(const std::function<storage::ResultSet(const QString &, const QVariantList &)> &run,
                                            const QString &key, const QString &suffix);
    storage::Database &m_database;
};

} // namespace adp::server::projects
