#include "PipelinesModel.h"

#include "widgets/StatusStyle.h"

#include <QLocale>
#include <QUrlQuery>

namespace adp::app {

using shared::Pipeline;

PipelinesModel::PipelinesModel(shared::PipelinesApi &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_pages([this](bool loading) { Q_EMIT loadingChanged(loading); })
{
    // A running pipeline's duration counts up on screen without asking the server.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &PipelinesModel::tickRunningDurations);
    m_clock.start();
}

void PipelinesModel::tickRunningDurations()
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_pipelines.size(); ++row) {
        const Pipeline &pipeline = m_pipelines.at(row);
        if (pipeline.startedAt.isValid() && !pipeline.finishedAt.isValid()) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, Duration), index(last, Duration), {Qt::DisplayRole});
}

QString PipelinesModel::statusLabel(const QString &status)
{
    if (status == u"created")
        return tr("Created");
    if (status == u"pending")
        return tr("Pending");
    if (status == u"running")
        return tr("Running");
    if (status == u"success")
        return tr("Passed");
    if (status == u"failed")
        return tr("Failed");
    if (status == u"canceled")
        return tr("Canceled");
    if (status == u"skipped")
        return tr("Skipped");
    if (status == u"manual")
        return tr("Manual");
    if (status == u"scheduled")
        return tr("Scheduled");
    return status;
}

QString PipelinesModel::durationText(const Pipeline &pipeline)
{
    return durationBetween(pipeline.startedAt, pipeline.finishedAt);
}

QString PipelinesModel::durationBetween(const QDateTime &started, const QDateTime &finished)
{
    if (!started.isValid())
        return {};
    const QDateTime end = finished.isValid() ? finished : QDateTime::currentDateTimeUtc();
    const qint64 seconds = std::max<qint64>(0, started.secsTo(end));
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

int PipelinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipelines.size());
}

int PipelinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pipelines.size())
        return {};
    const Pipeline &pipeline = m_pipelines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Status:
            return statusLabel(pipeline.status);
        case Id:
            return QStringLiteral("#%1").arg(pipeline.id);
        case Ref:
            return pipeline.isTag ? tr("tag %1").arg(pipeline.ref) : pipeline.ref;
        case Commit:
            return QString(pipeline.sha.left(8) + QStringLiteral("  ") +
                           pipeline.commitMessage.section(u'\n', 0, 0).trimmed());
        case Source:
            return pipeline.source;
        case TriggeredBy:
            return pipeline.triggeredBy;
        case Started:
            return pipeline.startedAt.isValid()
                       ? QLocale().toString(pipeline.startedAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Duration:
            return durationText(pipeline);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return status::icon(pipeline.status);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return status::colour(pipeline.status);
    if (role == Qt::ToolTipRole && index.column() == Commit)
        return QString(pipeline.sha + u'\n' + pipeline.commitMessage);
    if (role == Qt::UserRole)
        return pipeline.id;
    if (role == Qt::UserRole + 1)
        return pipeline.status;
    return {};
}

QVariant PipelinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Id:
        return tr("Pipeline");
    case Ref:
        return tr("Ref");
    case Commit:
        return tr("Commit");
    case Source:
        return tr("Source");
    case TriggeredBy:
        return tr("Started by");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

bool PipelinesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pages.canFetchMore();
}

void PipelinesModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(true);
}

void PipelinesModel::setProject(const QString &slug, qint64 projectId)
{
    m_project = slug;
    m_projectId = projectId;
    reload();
}

void PipelinesModel::setFilters(const Filters &filters)
{
    Filters trimmed{filters.status.trimmed(), filters.ref.trimmed(), filters.source.trimmed()};
    if (trimmed == m_filters && m_pages.isLoaded())
        return;
    m_filters = trimmed;
    reload();
}

void PipelinesModel::reload()
{
    m_pages.restart();
    m_refreshing.clear();
    if (m_project.isEmpty()) {
        beginResetModel();
        m_pipelines.clear();
        endResetModel();
        return;
    }
    load(false);
}

void PipelinesModel::load(bool append)
{
    QUrlQuery query;
    if (!m_filters.status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), m_filters.status);
    if (!m_filters.ref.isEmpty())
        query.addQueryItem(QStringLiteral("ref"), m_filters.ref);
    if (!m_filters.source.isEmpty())
        query.addQueryItem(QStringLiteral("source"), m_filters.source);
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    const CursorPages::Request request = m_pages.begin(append);
    if (request.append)
        query.addQueryItem(QStringLiteral("cursor"), request.cursor);
    m_api.list(m_project, query, this, [this, request](const shared::ApiResult<shared::PipelinePage> &result) {
        if (!m_pages.settle(request))
            return; // the project or the filters changed meanwhile
        if (!result.ok()) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        const shared::PipelinePage &page = result.value();
        if (!request.append) {
            beginResetModel();
            m_pipelines = page.items;
            endResetModel();
        } else {
            QList<Pipeline> fresh;
            for (const Pipeline &pipeline : page.items) {
                if (rowOfId(pipeline.id) < 0) // arrived live meanwhile
                    fresh.append(pipeline);
            }
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_pipelines.size()), int(m_pipelines.size() + fresh.size()) - 1);
                m_pipelines += fresh;
                endInsertRows();
            }
        }
        m_pages.loaded(page.nextCursor);
    });
}

int PipelinesModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_pipelines.size(); ++row) {
        if (m_pipelines.at(row).id == id)
            return row;
    }
    return -1;
}

bool PipelinesModel::matches(const Pipeline &pipeline) const
{
    return (m_filters.status.isEmpty() || pipeline.status == m_filters.status) &&
           (m_filters.ref.isEmpty() || pipeline.ref == m_filters.ref) &&
           (m_filters.source.isEmpty() || pipeline.source == m_filters.source);
}

void PipelinesModel::replaceRow(int row, const Pipeline &pipeline)
{
    if (!matches(pipeline)) {
        beginRemoveRows({}, row, row);
        m_pipelines.removeAt(row);
        endRemoveRows();
        return;
    }
    m_pipelines[row] = pipeline;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PipelinesModel::insertSorted(Pipeline pipeline)
{
    if (rowOfId(pipeline.id) >= 0 || !matches(pipeline))
        return;
    pipeline.jobs.clear();
    // Newest first: above every row with a smaller id.
    int row = 0;
    while (row < m_pipelines.size() && m_pipelines.at(row).id > pipeline.id)
        ++row;
    if (row == m_pipelines.size() && !isComplete())
        return; // older than what is loaded: it arrives with a later page
    beginInsertRows({}, row, row);
    m_pipelines.insert(row, pipeline);
    endInsertRows();
}

void PipelinesModel::refresh(qint64 id)
{
    if (m_refreshing.contains(id))
        return; // one fetch in flight is enough: it reads the newest
    m_refreshing.insert(id);
    const quint64 generation = m_pages.generation();
    m_api.get(id, this, [this, id, generation](const shared::ApiResult<Pipeline> &result) {
        if (generation != m_pages.generation())
            return;
        m_refreshing.remove(id);
        if (!result.ok())
            return;
        Pipeline pipeline = result.value();
        pipeline.jobs.clear(); // a list row, as the list sends them
        const int row = rowOfId(id);
        if (row >= 0)
            replaceRow(row, pipeline);
        else
            insertSorted(pipeline);
    });
}

void PipelinesModel::applyEvent(const QString &type, const QJsonObject &data)
{
    if (!m_pages.isLoaded() || data.value(QStringLiteral("project_id")).toInteger() != m_projectId)
        return;
    if (type == u"pipeline.created") {
        const auto pipeline = Pipeline::fromJson(data);
        if (!pipeline)
            return;
        insertSorted(*pipeline);
    } else if (type == u"pipeline.updated") {
        const qint64 id = data.value(QStringLiteral("id")).toInteger();
        const int row = rowOfId(id);
        if (row < 0) {
            // Not shown, but perhaps now it matches (a running one failed, under a "failed" filter).
            if (!m_filters.status.isEmpty() && data.value(QStringLiteral("status")).toString() == m_filters.status)
                refresh(id);
            return;
        }
        Pipeline changed = m_pipelines.at(row);
        changed.status = data.value(QStringLiteral("status")).toString();
        replaceRow(row, changed);
        refresh(id); // its times came with the change, not in the event
    }
}

} // namespace adp::app
