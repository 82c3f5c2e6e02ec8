#include "PipelineNotifier.h"

#include "PipelinesModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace adp::app {

PipelineNotifier::PipelineNotifier(shared::EventsClient &events, QString username, QObject *parent)
    : QObject(parent)
    , m_username(std::move(username))
{
    connect(&events, &shared::EventsClient::eventReceived, this,
            [this](const QString &topic, const QString &type, const QJsonObject &data) {
                if (topic == u"pipelines")
                    applyEvent(type, data);
            });
    connect(&events, &shared::EventsClient::resyncNeeded, this, &PipelineNotifier::catchUp);
}

void PipelineNotifier::keepWatchesIn(const QString &key)
{
    m_settingsKey = key;
    const QJsonArray kept = QJsonDocument::fromJson(QSettings().value(key).toByteArray()).array();
    for (const QJsonValue &value : kept) {
        const QJsonObject watch = value.toObject();
        const qint64 id = watch.value(QStringLiteral("id")).toInteger();
        if (id <= 0)
            continue;
        m_watched.insert(id, watch.value(QStringLiteral("project")).toString());
        m_refs.insert(id, watch.value(QStringLiteral("ref")).toString());
    }
}

void PipelineNotifier::save() const
{
    if (m_settingsKey.isEmpty())
        return;
    QJsonArray kept;
    for (auto watch = m_watched.cbegin(); watch != m_watched.cend(); ++watch)
        kept.append(QJsonObject{{QStringLiteral("id"), watch.key()},
                                {QStringLiteral("project"), watch.value()},
                                {QStringLiteral("ref"), m_refs.value(watch.key())}});
    QSettings().setValue(m_settingsKey, QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

void PipelineNotifier::catchUpWith(shared::PipelinesApi &api)
{
    m_api = &api;
    catchUp();
}

void PipelineNotifier::catchUp()
{
    if (!m_api)
        return;
    for (const qint64 id : m_watched.keys()) {
        m_api->get(id, this, [this, id](const shared::ApiResult<shared::Pipeline> &result) {
            if (!m_watched.contains(id))
                return; // announced meanwhile
            if (result.ok())
                return ended(id, result.value().status);
            if (result.error().httpStatus == 404) { // deleted, or no longer visible to this person
                m_watched.remove(id);
                m_refs.remove(id);
                save();
            }
        });
    }
}

void PipelineNotifier::watch(qint64 pipelineId, const QString &projectSlug)
{
    m_watched.insert(pipelineId, projectSlug);
    save();
}

void PipelineNotifier::unwatch(qint64 pipelineId)
{
    m_watched.remove(pipelineId);
    m_refs.remove(pipelineId);
    save();
}

void PipelineNotifier::applyEvent(const QString &type, const QJsonObject &data)
{
    const qint64 id = data.value(QStringLiteral("id")).toInteger();
    if (type == u"pipeline.created") {
        // Child pipelines end with their parent, which is announced.
        if (data.value(QStringLiteral("triggered_by")).toString() == m_username && !m_username.isEmpty() &&
            data.value(QStringLiteral("parent_pipeline_id")).toInteger() == 0) {
            m_watched.insert(id, data.value(QStringLiteral("project")).toString());
            m_refs.insert(id, data.value(QStringLiteral("ref")).toString());
            save();
        }
        return;
    }
    if (type == u"pipeline.updated")
        ended(id, data.value(QStringLiteral("status")).toString());
}

void PipelineNotifier::ended(qint64 id, const QString &status)
{
    if (!m_watched.contains(id))
        return;
    if (status == u"skipped") { // nothing ran: nothing to say
        unwatch(id);
        return;
    }
    if (status != u"success" && status != u"failed" && status != u"canceled")
        return;
    const QString project = m_watched.take(id);
    const QString ref = m_refs.take(id);
    save();
    const QString title = status == u"success"  ? tr("Pipeline #%1 passed").arg(id)
                          : status == u"failed" ? tr("Pipeline #%1 failed").arg(id)
                                                : tr("Pipeline #%1 was canceled").arg(id);
    const QString message = ref.isEmpty() ? tr("Project %1. Click to open it.").arg(project)
                                          : tr("Project %1, %2. Click to open it.").arg(project, ref);
    Q_EMIT announce(title, message, id, project, status);
}

} // namespace adp::app
