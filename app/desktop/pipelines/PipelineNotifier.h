#pragma once

#include "shared/client/EventsClient.h"

#include <QHash>
#include <QSet>

namespace adp::app {

// Decides which finished pipelines the signed-in person hears about: those
// they started (pipeline.created says who) and those they chose to watch.
// Each is announced once, when it ends, with words for a desktop
// notification; clicking it is the shell's business (openRequested).
class PipelineNotifier : public QObject
{
    Q_OBJECT

public:
    PipelineNotifier(shared::EventsClient &events, QString username, QObject *parent = nullptr);

    void watch(qint64 pipelineId, const QString &projectSlug);
    void unwatch(qint64 pipelineId);
    bool isWatched(qint64 pipelineId) const { return m_watched.contains(pipelineId); }
    // A "pipelines" event, as the socket delivers it.
    void applyEvent(const QString &type, const QJsonObject &data);

Q_SIGNALS:
    // Say this to the person; `pipelineId` of `projectSlug` is what clicking it opens.
    void announce(const QString &title, const QString &message, qint64 pipelineId, const QString &projectSlug);

private:
    QString m_username;
    QHash<qint64, QString> m_watched; // pipeline id -> project slug
    QHash<qint64, QString> m_refs;    // what to call it when it ends
};

} // namespace adp::app
