#include "Event.h"

namespace adp::server::events {

QJsonObject Event::toJson() const
{
    return {{QStringLiteral("type"), QStringLiteral("event")},
            {QStringLiteral("offset"), offset},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("event"), type},
            {QStringLiteral("data"), data}};
}

Event Event::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("offset")).toInteger(), object.value(QStringLiteral("topic")).toString(),
            object.value(QStringLiteral("event")).toString(), object.value(QStringLiteral("data")).toObject()};
}

} // namespace adp::server::events
