#include "ProjectsModel.h"

#include <QLocale>

namespace adp::app {

using shared::Project;

namespace {
QString sortKeyForColumn(int column)
{
    switch (column) {
    case ProjectsModel::Name:
        return QStringLiteral("name");
    case ProjectsModel::Slug:
        return QStringLiteral("slug");
    case ProjectsModel::Updated:
        return QStringLiteral("updated_at");
    default:
        return {};
    }
}

} // namespace

QString ProjectsModel::visibilityLabel(shared::Visibility visibility)
{
    switch (visibility) {
    case shared::Visibility::Private:
        return ProjectsModel::tr("Private");
    case shared::Visibility::Internal:
        return ProjectsModel::tr("Internal");
    case shared::Visibility::Public:
        return ProjectsModel::tr("Public");
    }
    return {};
}

ProjectsModel::ProjectsModel(shared::ProjectsApi &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_pages([this](bool loading) { Q_EMIT loadingChanged(loading); })
{
    m_query.limit = kPageSize;
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_projects.size())
        return {};
    const Project &project = m_projects.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return project.name;
        case Slug:
            return project.slug;
        case Visibility:
            return visibilityLabel(project.visibility);
        case DefaultBranch:
            return project.defaultBranch;
        case Repository:
            return project.repositoryUrl;
        case Updated:
            return QLocale().toString(project.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !project.description.isEmpty())
        return project.description;
    if (role == Qt::UserRole)
        return project.id;
    return {};
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Slug:
        return tr("Slug");
    case Visibility:
        return tr("Visibility");
    case DefaultBranch:
        return tr("Default branch");
    case Repository:
        return tr("Repository");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

bool ProjectsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pages.canFetchMore();
}

void ProjectsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(true);
}

void ProjectsModel::sort(int column, Qt::SortOrder order)
{
    const QString key = sortKeyForColumn(column);
    if (key.isEmpty())
        return; // the server sorts by name, slug and update time only
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sort && descending == m_query.descending && m_pages.isLoaded())
        return;
    m_query.sort = key;
    m_query.descending = descending;
    reload();
}

void ProjectsModel::setSearch(const QString &search)
{
    if (search.trimmed() == m_query.search && m_pages.isLoaded())
        return;
    m_query.search = search.trimmed();
    reload();
}

void ProjectsModel::reload()
{
    m_pages.restart();
    load(false);
}

void ProjectsModel::load(bool append)
{
    shared::ProjectListQuery query = m_query;
    const CursorPages::Request request = m_pages.begin(append);
    query.cursor = request.cursor;
    m_api.list(query, this, [this, request](const shared::ApiResult<shared::ProjectPage> &result) {
        if (!m_pages.settle(request))
            return; // the search or sort changed meanwhile
        if (!result.ok()) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        const shared::ProjectPage &page = result.value();
        if (!request.append) {
            beginResetModel();
            m_projects = page.items;
            endResetModel();
        } else if (!page.items.isEmpty()) {
            // Live events may already have placed some of these rows.
            QList<Project> fresh;
            for (const Project &project : page.items) {
                if (rowOfId(project.id) < 0)
                    fresh.append(project);
            }
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_projects.size()), int(m_projects.size() + fresh.size() - 1));
                m_projects.append(fresh);
                endInsertRows();
            }
        }
        m_pages.loaded(page.nextCursor);
    });
}

int ProjectsModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_projects.size(); ++row) {
        if (m_projects.at(row).id == id)
            return row;
    }
    return -1;
}

bool ProjectsModel::matchesSearch(const Project &project) const
{
    if (m_query.search.isEmpty())
        return true;
    const QString needle = m_query.search.toCaseFolded();
    return project.name.toCaseFolded().contains(needle) || project.slug.toCaseFolded().contains(needle) ||
           project.description.toCaseFolded().contains(needle);
}

bool ProjectsModel::lessThan(const Project &a, const Project &b) const
{
    // The same order the server uses: key, then id.
    auto compare = [&](const auto &x, const auto &y) {
        if (x != y)
            return m_query.descending ? y < x : x < y;
        return m_query.descending ? b.id < a.id : a.id < b.id;
    };
    if (m_query.sort == u"slug")
        return compare(a.slug, b.slug);
    if (m_query.sort == u"updated_at")
        return compare(a.updatedAt.toMSecsSinceEpoch(), b.updatedAt.toMSecsSinceEpoch());
    if (m_query.sort == u"created_at")
        return compare(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch());
    return compare(a.name.toCaseFolded(), b.name.toCaseFolded());
}

int ProjectsModel::insertPosition(const Project &project) const
{
    int row = 0;
    while (row < m_projects.size() && lessThan(m_projects.at(row), project))
        ++row;
    if (row == m_projects.size() && m_pages.hasMore())
        return -1;
    return row;
}

void ProjectsModel::upsert(const Project &project)
{
    const int existing = rowOfId(project.id);
    if (existing >= 0) {
        beginRemoveRows({}, existing, existing);
        m_projects.removeAt(existing);
        endRemoveRows();
    }
    if (!matchesSearch(project))
        return;
    const int row = insertPosition(project);
    if (row < 0)
        return;
    beginInsertRows({}, row, row);
    m_projects.insert(row, project);
    endInsertRows();
}

void ProjectsModel::applyEvent(const QString &type, const QJsonObject &data)
{
    if (!m_pages.isLoaded())
        return; // the first page will include it
    if (type == u"project.deleted") {
        const int row = rowOfId(data.value(QStringLiteral("id")).toInteger());
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_projects.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (type == u"project.created" || type == u"project.updated") {
        if (const auto project = Project::fromJson(data)) {
            const int row = rowOfId(project->id);
            if (row >= 0 && !lessThan(*project, m_projects.at(row)) && !lessThan(m_projects.at(row), *project) &&
                matchesSearch(*project)) {
                m_projects[row] = *project; // same place: just refresh the cells
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            } else {
                upsert(*project);
            }
        }
    }
}

} // namespace adp::app
