#pragma once

#include "shared/client/AuditApi.h"
#include "widgets/CursorPages.h"

#include <QAbstractTableModel>

namespace adp::app {

// The audit trail, newest first, paged from the server with fetchMore() and
// filtered there; events recorded while it is open are prepended live when
// they match the filters.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, Time, Actor, Action, Target, Ip, RequestId, ColumnCount };

    explicit AuditModel(shared::AuditApi &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setQuery(const shared::AuditQuery &query);
    void reload();
    void applyEvent(const QJsonObject &data);
    const shared::AuditEvent &eventAt(int row) const { return m_events.at(row); }
    bool isLoading() const { return m_pages.isLoading(); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const shared::ApiError &error);

private:
    void load(bool append);
    bool matches(const shared::AuditEvent &event) const;

    shared::AuditApi &m_api;
    shared::AuditQuery m_query;
    QList<shared::AuditEvent> m_events;
    CursorPages m_pages;
};

} // namespace adp::app
