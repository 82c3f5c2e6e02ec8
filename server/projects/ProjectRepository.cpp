#include "ProjectRepository.h"

#include "storage/SqlText.h"

#include <QJsonDocument>

namespace adp::server::projects {

using shared::Project;

namespace {

const QString kColumns = QStringLiteral(
    "p.id, p.name, p.slug, p.description, p.repository_url, p.default_branch, p.visibility, p.created_by_name, "
    "p.created_at, p.updated_at, o.slug, p.organisation_id, p.ci_config_path");

Project fromRow(const storage::ResultSet &rows, int row)
{
    Project project;
    project.id = rows.value(row, 0).toLongLong();
    project.name = rows.value(row, 1).toString();
    project.slug = rows.value(row, 2).toString();
    project.description = rows.value(row, 3).toString();
    project.repositoryUrl = rows.value(row, 4).toString();
    project.defaultBranch = rows.value(row, 5).toString();
    project.visibility =
        shared::visibilityFromString(rows.value(row, 6).toString()).value_or(shared::Visibility::Private);
    project.createdBy = rows.value(row, 7).toString();
    project.createdAt = QDateTime::fromMSecsSinceEpoch(rows.value(row, 8).toLongLong(), Qt::UTC);
    project.updatedAt = QDateTime::fromMSecsSinceEpoch(rows.value(row, 9).toLongLong(), Qt::UTC);
    project.organisation = rows.value(row, 10).toString();
    project.ciConfigPath = rows.value(row, 12).toString();
    return project;
}

QString sortName(const Project &project)
{
    return project.name.toCaseFolded();
}

QString searchText(const Project &project)
{
    return QString(project.name + u'\n' + project.slug + u'\n' + project.description).toCaseFolded();
}

QString apiJson(const Project &project)
{
    return QString::fromUtf8(QJsonDocument(project.toJson()).toJson(QJsonDocument::Compact));
}

QString likePattern(const QString &search)
{
    return u'%' + storage::escapeLike(search.toCaseFolded()) + u'%';
}

QString sortColumn(const QString &sort)
{
    if (sort == u"slug")
        return QStringLiteral("slug");
    if (sort == u"created_at")
        return QStringLiteral("created_at");
    if (sort == u"updated_at")
        return QStringLiteral("updated_at");
    return QStringLiteral("sort_name");
}

} // namespace

std::optional<ProjectRepository::Found> ProjectRepository::findWith(const storage::Executor &run, const QString &key,
                                                                    const QString &suffix)
{
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    const QString where = numeric ? QStringLiteral(" WHERE p.id = ?") : QStringLiteral(" WHERE p.slug = ?");
    const auto rows =
        run(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM projects p JOIN organisations o ON o.id = p.organisation_id") + where + suffix,
            {numeric ? QVariant(id) : QVariant(key)});
    if (rows.isEmpty())
        return std::nullopt;
    return Found{fromRow(rows, 0), rows.value(0, 11).toLongLong()};
}

std::optional<ProjectRepository::Found> ProjectRepository::find(const QString &key)
{
    return findWith(storage::executorOf(m_database), key, {});
}

std::optional<Project> ProjectRepository::findForUpdate(storage::Transaction &tx, qint64 id)
{
    // SQLite's BEGIN IMMEDIATE already holds the write lock; PostgreSQL locks the row.
    const QString suffix = tx.dialect() == storage::Dialect::Postgres ? QStringLiteral(" FOR UPDATE OF p") : QString();
    const auto found = findWith(storage::executorOf(tx), QString::number(id), suffix);
    if (!found)
        return std::nullopt;
    return found->project;
}

QList<ProjectRepository::ListedRow> ProjectRepository::list(const shared::ProjectListQuery &query,
                                                            const std::optional<ProjectCursor> &after,
                                                            const access::SqlCondition &visible, int rowLimit)
{
    const QString column = sortColumn(query.sort);
    QString sql = QStringLiteral("SELECT id, %1, api_json, organisation_id, visibility FROM projects").arg(column);
    QStringList conditions;
    QVariantList params;
    if (!visible.sql.isEmpty()) {
        conditions.append(visible.sql);
        params.append(visible.params);
    }
    if (!query.search.isEmpty()) {
        conditions.append(QStringLiteral("search_text LIKE ? ESCAPE '\\'"));
        params.append(likePattern(query.search));
    }
    if (after) {
        conditions.append(QStringLiteral("(%1, id) %2 (?, ?)")
                              .arg(column, query.descending ? QStringLiteral("<") : QStringLiteral(">")));
        params.append(after->key);
        params.append(after->id);
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    sql += QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ?").arg(column, direction);
    params.append(rowLimit > 0 ? rowLimit : query.limit + 1);

    if (!visible.sql.isEmpty())
        return read(sql, params);
    // Unfiltered pages are the same for everyone: the statement and its values name one.
    QString key = sql;
    for (const QVariant &param : std::as_const(params)) {
        const QString text = param.toString();
        key += u'|' + QString::number(text.size()) + u':' + text; // lengths: no two lists read alike
    }
    if (auto cached = m_listed.find(key))
        return *std::move(cached);
    const quint64 generation = m_listed.generation();
    QList<ListedRow> listed = read(sql, params);
    m_listed.keep(key, generation, listed);
    return listed;
}

QList<ProjectRepository::ListedRow> ProjectRepository::read(const QString &sql, const QVariantList &params)
{
    const auto rows = m_database.query(sql, params);
    QList<ListedRow> listed;
    listed.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row)
        listed.append({rows.value(row, 0).toLongLong(), rows.value(row, 1), rows.value(row, 2).toString().toUtf8(),
                       rows.value(row, 3).toLongLong(), rows.value(row, 4).toString()});
    return listed;
}

void ProjectRepository::forgetListedOnCommit(storage::Transaction &tx)
{
    tx.onCommit([this]() { m_listed.forget(); });
}

Project ProjectRepository::insert(storage::Transaction &tx, Project project, qint64 organisationId, qint64 createdById)
{
    const qint64 created = project.createdAt.toMSecsSinceEpoch();
    const QVariantList values{project.name,
                              sortName(project),
                              searchText(project),
                              project.slug,
                              project.description,
                              project.repositoryUrl,
                              project.defaultBranch,
                              shared::visibilityToString(project.visibility),
                              createdById > 0 ? QVariant(createdById) : QVariant(),
                              project.createdBy,
                              created,
                              project.updatedAt.toMSecsSinceEpoch(),
                              organisationId,
                              project.ciConfigPath};
    forgetListedOnCommit(tx);
    const QString columns = QStringLiteral("name, sort_name, search_text, slug, description, repository_url, "
                                           "default_branch, visibility, created_by, created_by_name, created_at, "
                                           "updated_at, organisation_id, ci_config_path");
    if (tx.dialect() == storage::Dialect::Postgres) {
        // The id is taken from the sequence inside the statement, so the row is written once,
        // with the API form that carries it (project.id is 0 here: "id":0, is the key's text).
        project.id = tx.exec(QStringLiteral("WITH n AS (SELECT nextval('projects_id_seq') AS id) INSERT INTO projects "
                                            "(id, ") +
                                 columns +
                                 QStringLiteral(", api_json) VALUES ((SELECT id FROM n), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                "?, ?, ?, ?, REPLACE(?, '\"id\":0,', '\"id\":' || (SELECT id FROM "
                                                "n) || ',')) RETURNING id"),
                             QVariantList(values) << apiJson(project))
                         .value(0, 0)
                         .toLongLong();
        return project;
    }
    project.id = tx.exec(QStringLiteral("INSERT INTO projects (") + columns +
                             QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                         values)
                     .value(0, 0)
                     .toLongLong();
    tx.exec(QStringLiteral("UPDATE projects SET api_json = ? WHERE id = ?"), {apiJson(project), project.id});
    return project;
}

void ProjectRepository::update(storage::Transaction &tx, const Project &project)
{
    forgetListedOnCommit(tx);
    tx.exec(QStringLiteral("UPDATE projects SET name = ?, sort_name = ?, search_text = ?, slug = ?, description = ?, "
                           "repository_url = ?, default_branch = ?, ci_config_path = ?, visibility = ?, updated_at = "
                           "?, api_json = ? WHERE id = ?"),
            {project.name, sortName(project), searchText(project), project.slug, project.description,
             project.repositoryUrl, project.defaultBranch, project.ciConfigPath,
             shared::visibilityToString(project.visibility), project.updatedAt.toMSecsSinceEpoch(), apiJson(project),
             project.id});
}

void ProjectRepository::remove(storage::Transaction &tx, qint64 id)
{
    forgetListedOnCommit(tx);
    tx.exec(QStringLiteral("DELETE FROM projects WHERE id = ?"), {id});
}

void ProjectRepository::organisationRenamed(storage::Transaction &tx, qint64 organisationId, const QString &from,
                                            const QString &to)
{
    forgetListedOnCommit(tx);
    tx.exec(QStringLiteral("UPDATE projects SET api_json = REPLACE(api_json, ?, ?) WHERE organisation_id = ?"),
            {QStringLiteral("\"organisation\":\"%1\"").arg(from), QStringLiteral("\"organisation\":\"%1\"").arg(to),
             organisationId});
}

} // namespace adp::server::projects
