#pragma once

#include <QJsonObject>
#include <QString>

namespace adp::server::events {

// One live update: `topic` groups (projects, later pipelines...), `type`
// says what happened (project.created), `offset` orders all events.
struct Event
{
    qint64 offset = 0;
    QString topic;
    QString type;
    QJsonObject data;

    QJsonObject toJson() const;
    static Event fromJson(const QJsonObject &object);
};

// What services call after a commit. Thread-safe.
class EventPublisher
{
public:
    virtual ~EventPublisher() = default;
    virtual void publish(const QString &topic, const QString &type, const QJsonObject &data) = 0;
};

} // namespace adp::server::events
