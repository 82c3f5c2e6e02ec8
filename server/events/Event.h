#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <optional>

namespace adp::server::events {

// One live update: `topic` groups (projects, later pipelines...), `type`
// says what happened (project.created), `offset` orders all events.
// Who may receive an event: nullopt is everyone the topic allows; otherwise
// only these user ids (and administrators). Decided when the event is
// published, because after a delete nobody can be asked any more.
using Audience = std::optional<QSet<qint64>>;

struct Event
{
    qint64 offset = 0;
    QString topic;
    QString type;
    QJsonObject data;
    Audience audience;

    // What a client receives; the audience stays on the server.
    QJsonObject toJson() const;
    // Between servers (Redis): the client shape plus the audience.
    QJsonObject toBusJson() const;
    static Event fromJson(const QJsonObject &object);
    bool reaches(qint64 userId, bool isAdmin) const { return !audience || isAdmin || audience->contains(userId); }
    // The project an event is about: a project's own events carry it as
    // `id`, everything inside a project as `project_id`. 0 for none.
    qint64 projectId() const;
};

// What services call after a commit. Thread-safe.
class EventPublisher
{
public:
    virtual ~EventPublisher() = default;
    virtual void publish(const QString &topic, const QString &type, const QJsonObject &data,
                         const Audience &audience = {}) = 0;
    // Live only: fanned out to those listening now, never numbered nor kept
    // for replay (log lines, which followers resume by their own offsets).
    virtual void publishTransient(const QString &topic, const QString &type, const QJsonObject &data,
                                  const Audience &audience) = 0;
};

} // namespace adp::server::events
