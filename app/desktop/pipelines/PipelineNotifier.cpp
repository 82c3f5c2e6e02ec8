#include "PipelineNotifier.h"

#include "PipelinesModel.h"

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
}

void PipelineNotifier::watch(qint64 pipelineId, const QString &projectSlug)
{
    m_watched.insert(pipelineId, projectSlug);
}

void PipelineNotifier::unwatch(qint64 pipelineId)
{
    m_watched.remove(pipelineId);
    m_refs.remove(pipelineId);
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
        }
        return;
    }
    if (type != u"pipeline.updated" || !m_watched.contains(id))
        return;
    const QString status = data.value(QStringLiteral("status")).toString();
    if (status != u"success" && status != u"failed" && status != u"canceled")
        return;
    const QString project = m_watched.take(id);
    const QString ref = m_refs.take(id);
    const QString title = status == u"success"  ? tr("Pipeline #%1 passed").arg(id)
                          : status == u"failed" ? tr("Pipeline #%1 failed").arg(id)
                                                : tr("Pipeline #%1 was canceled").arg(id);
    const QString message = ref.isEmpty() ? tr("Project %1. Click to open it.").arg(project)
                                          : tr("Project %1, %2. Click to open it.").arg(project, ref);
    Q_EMIT announce(title, message, id, project);
}

} // namespace adp::app
