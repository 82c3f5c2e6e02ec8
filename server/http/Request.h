#pragma once

#include "HttpRequest.h"
#include "core/RequestContext.h"

#include <QHash>
#include <optional>

namespace adp::server::http {

// A request as a handler sees it: the parsed HTTP request, path parameters, the
// request id and, on authenticated routes, the actor.
struct Request
{
    const HttpRequest &raw;
    QHash<QString, QString> params;
    RequestMeta meta;
    std::optional<Actor> actor;
    QString bearerToken;

    QString param(const QString &name) const { return params.value(name); }
    // A numeric path parameter; 0 (which names nothing) when it is not a number.
    qint64 idParam(const QString &name) const
    {
        bool numeric = false;
        const qint64 id = params.value(name).toLongLong(&numeric);
        return numeric ? id : 0;
    }
    // The actor and request, for service calls that change something.
    MutationContext mutation() const { return {actor.value_or(Actor{}), meta}; }
};

} // namespace adp::server::http
