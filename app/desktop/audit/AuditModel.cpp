#include "AuditModel.h"

#include "shared/audit/AuditExport.h"

#include <QJsonDocument>
#include <QLocale>

namespace adp::app {

using shared::AuditEvent;

AuditModel::AuditModel(shared::AuditApi &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_pages([this](bool loading) { Q_EMIT loadingChanged(loading); })
{
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent &event = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return event.seq;
        case Time:
            return QLocale().toString(event.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Actor:
            return event.actorName;
        case Action:
            return event.action;
        case Target:
            return event.targetId.isEmpty() ? event.targetType : event.targetType + u':' + event.targetId;
        case Ip:
            return event.ip;
        case RequestId:
            return event.requestId;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        // Before/after summaries, for the row under the mouse.
        QString text;
        if (!event.before.isEmpty())
            text += tr("Before: %1").arg(QString::fromUtf8(QJsonDocument(event.before).toJson(QJsonDocument::Compact)));
        if (!event.after.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                    tr("After: %1").arg(QString::fromUtf8(QJsonDocument(event.after).toJson(QJsonDocument::Compact)));
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Ip:
        return tr("IP address");
    case RequestId:
        return tr("Request");
    default:
        return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pages.canFetchMore();
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(true);
}

void AuditModel::setQuery(const shared::AuditQuery &query)
{
    m_query = query;
    reload();
}

void AuditModel::reload()
{
    m_pages.restart();
    load(false);
}

void AuditModel::load(bool append)
{
    shared::AuditQuery query = m_query;
    const CursorPages::Request request = m_pages.begin(append);
    query.cursor = request.cursor;
    m_api.list(query, this, [this, request](const shared::ApiResult<shared::AuditPage> &result) {
        if (!m_pages.settle(request))
            return; // the filters changed meanwhile
        if (!result.ok()) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        const shared::AuditPage &page = result.value();
        if (!request.append) {
            beginResetModel();
            m_events = page.items;
            endResetModel();
        } else {
            QList<AuditEvent> fresh;
            const qint64 oldest = m_events.isEmpty() ? std::numeric_limits<qint64>::max() : m_events.constLast().seq;
            for (const AuditEvent &event : page.items) {
                if (event.seq < oldest)
                    fresh.append(event);
            }
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_events.size()), int(m_events.size() + fresh.size() - 1));
                m_events.append(fresh);
                endInsertRows();
            }
        }
        m_pages.loaded(page.nextCursor);
    });
}

bool AuditModel::matches(const AuditEvent &event) const
{
    if (!m_query.actor.isEmpty() && event.actorName != m_query.actor)
        return false;
    if (!m_query.action.isEmpty() &&
        !(m_query.action.endsWith(u'.') ? event.action.startsWith(m_query.action) : event.action == m_query.action))
        return false;
    if (!m_query.targetType.isEmpty() && event.targetType != m_query.targetType)
        return false;
    if (!m_query.targetId.isEmpty() && event.targetId != m_query.targetId)
        return false;
    if (!m_query.outcome.isEmpty() &&
        shared::audit::auditOutcomeOf(event.action.toUtf8()) != QByteArrayView(m_query.outcome.toLatin1()))
        return false;
    const shared::AuditScope &scope = m_query.scope;
    if ((scope.organisationId > 0 && event.scope.organisationId != scope.organisationId) ||
        (scope.projectId > 0 && event.scope.projectId != scope.projectId) ||
        (scope.environmentId > 0 && event.scope.environmentId != scope.environmentId))
        return false;
    if (m_query.since.isValid() && event.occurredAt < m_query.since)
        return false;
    return !m_query.until.isValid() || event.occurredAt < m_query.until;
}

void AuditModel::applyEvent(const QJsonObject &data)
{
    const auto event = AuditEvent::fromJson(data);
    if (!m_pages.isLoaded() || !event || !matches(*event))
        return;
    if (!m_events.isEmpty() && event->seq <= m_events.constFirst().seq)
        return; // already listed
    beginInsertRows({}, 0, 0);
    m_events.prepend(*event);
    endInsertRows();
}

} // namespace adp::app
