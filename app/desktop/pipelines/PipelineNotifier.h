#pragma once

#include "shared/client/EventsClient.h"
#include "shared/client/PipelinesApi.h"

#include <QHash>
#include <QSet>

namespace adp::app {

// Decides which finished pipelines the signed-in person hears about: those
// they started (pipeline.created says who) and those they chose to watch.
// Each is announced once, when it ends, with words for a desktop
// notification; clicking it is the shell's business (openRequested).
// Watches can be kept across restarts; those that ended while the desktop
// was closed or the socket could not replay are announced on catching up.
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
    // Keeps the watches in the user's settings under `key` (one per server and person),
    // taking those kept there before.
    void keepWatchesIn(const QString &key);
    // Asks `api` about each watched pipeline now and whenever the socket missed events.
    void catchUpWith(shared::PipelinesApi &api);
    void catchUp();

Q_SIGNALS:
    // Say this to the person; `pipelineId` of `projectSlug` is what clicking it opens.
    void announce(const QString &title, const QString &message, qint64 pipelineId, const QString &projectSlug,
                  const QString &status);

private:
    void ended(qint64 id, const QString &status);
    void save() const;

    QString m_username;
    QHash<qint64, QString> m_watched; // pipeline id -> project slug
    QHash<qint64, QString> m_refs;    // what to call it when it ends
    QString m_settingsKey;
    shared::PipelinesApi *m_api = nullptr;
};

} // namespace adp::app
