#include "Event.h"

#include <QJsonArray>

namespace adp::server::events {

QJsonObject Event::toJson() const
{
    return {{QStringLiteral("type"), QStringLiteral("event")},
            {QStringLiteral("offset"), offset},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("event"), type},
            {QStringLiteral("data"), data}};
}

QJsonObject Event::toBusJson() const
{
    QJsonObject object = toJson();
    if (audience) {
        QJsonArray users;
        for (const qint64 user : *audience)
            users.append(user);
        object.insert(QStringLiteral("audience"), users);
    }
    return object;
}

Event Event::fromJson(const QJsonObject &object)
{
    Event event{object.value(QStringLiteral("offset")).toInteger(),
                object.value(QStringLiteral("topic")).toString(),
                object.value(QStringLiteral("event")).toString(),
                object.value(QStringLiteral("data")).toObject(),
                {}};
    if (object.contains(QStringLiteral("audience"))) {
        QSet<qint64> users;
        for (const QJsonValue &user : object.value(QStringLiteral("audience")).toArray())
            users.insert(user.toInteger());
        event.audience = users;
    }
    return event;
}

qint64 Event::projectId() const
{
    const QString key = topic == u"projects" ? QStringLiteral("id") : QStringLiteral("project_id");
    return data.value(key).toInteger();
}

} // namespace adp::server::events
