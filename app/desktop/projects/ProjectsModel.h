#pragma once

#include "shared/client/ProjectsApi.h"
#include "widgets/CursorPages.h"

#include <QAbstractTableModel>

namespace adp::app {

// The projects table, paged from the server with fetchMore() (cursor pages),
// sorted and searched on the server, and kept current by live events
// without reloading. Replies to an outdated query are dropped.
class ProjectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Slug, Visibility, DefaultBranch, Repository, Updated, ColumnCount };
    static constexpr int kPageSize = 50;
    static QString visibilityLabel(shared::Visibility visibility);

    explicit ProjectsModel(shared::ProjectsApi &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setSearch(const QString &search);
    void reload();
    // Applies a projects event from the WebSocket (project.created/updated/deleted).
    void applyEvent(const QString &type, const QJsonObject &data);

    const shared::Project &projectAt(int row) const { return m_projects.at(row); }
    int rowOfId(qint64 id) const;
    bool isLoading() const { return m_pages.isLoading(); }
    bool isComplete() const { return m_pages.isComplete(); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const shared::ApiError &error);

private:
    void load(bool append);
    bool matchesSearch(const shared::Project &project) const;
    bool lessThan(const shared::Project &a, const shared::Project &b) const;
    // Where `project` belongs among loaded rows; -1 when it sorts after them
    // and more pages remain (it will arrive with a later page).
    int insertPosition(const shared::Project &project) const;
    void upsert(const shared::Project &project);

    shared::ProjectsApi &m_api;
    shared::ProjectListQuery m_query;
    QList<shared::Project> m_projects;
    CursorPages m_pages;
};

} // namespace adp::app
