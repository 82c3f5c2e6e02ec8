#pragma once

#include "shared/client/PipelinesApi.h"
#include "widgets/CursorPages.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace adp::app {

// A project's pipelines, newest first: paged from the server with
// fetchMore() (cursor pages), filtered on the server by status, ref and
// source, and kept current by the events socket without reloading: a new
// pipeline is inserted at the top when it matches the filters, a changed one
// is updated in place (and, for its times, fetched alone), one that no
// longer matches a status filter leaves. Replies to an outdated query are dropped.
class PipelinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Id, Ref, Commit, Source, TriggeredBy, Started, Duration, ColumnCount };
    static constexpr int kPageSize = 50;

    struct Filters
    {
        QString status;
        QString ref;
        QString source;
        bool operator==(const Filters &other) const = default;
    };

    explicit PipelinesModel(shared::PipelinesApi &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows `project` (its slug) from the start.
    void setProject(const QString &slug, qint64 projectId);
    void setFilters(const Filters &filters);
    const Filters &filters() const { return m_filters; }
    void reload();
    // A "pipelines" event from the WebSocket: pipeline.created, pipeline.updated.
    void applyEvent(const QString &type, const QJsonObject &data);

    const shared::Pipeline &pipelineAt(int row) const { return m_pipelines.at(row); }
    int rowOfId(qint64 id) const;
    bool isLoading() const { return m_pages.isLoading(); }
    bool isComplete() const { return m_pages.isComplete(); }

    static QString statusLabel(const QString &status);
    static QString durationText(const shared::Pipeline &pipeline);
    // "42 s", "3 min 5 s", "1 h 2 min"; until now while not finished; empty before it started.
    static QString durationBetween(const QDateTime &started, const QDateTime &finished);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const shared::ApiError &error);

private:
    void load(bool append);
    bool matches(const shared::Pipeline &pipeline) const;
    void refresh(qint64 id);
    void replaceRow(int row, const shared::Pipeline &pipeline);
    void insertSorted(shared::Pipeline pipeline);
    void tickRunningDurations();

    shared::PipelinesApi &m_api;
    QString m_project;
    qint64 m_projectId = 0;
    Filters m_filters;
    QList<shared::Pipeline> m_pipelines;
    CursorPages m_pages;
    QSet<qint64> m_refreshing; // pipelines being fetched after an event
    QTimer m_clock;
};

} // namespace adp::app
