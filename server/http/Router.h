#pragma once

#include "HttpResponse.h"
#include "Request.h"

#include <functional>
#include <vector>

namespace adp::server::http {

using Handler = std::function<HttpResponse(Request &)>;

struct RouteOptions
{
    qint64 maxBodyBytes = 1024 * 1024;
    bool webSocket = false; // the handler is never called; upgrades go to the WebSocket sink
    // Runs on the server's pool for slow work (fetching, planning), so the HTTP thread that
    // took the request goes on answering its other connections meanwhile.
    bool slow = false;
};

struct Route
{
    Method method;
    QString pattern; // /api/v1/projects/{project}; also the metrics label
    QString action;  // what the route does, as named in the permission table
    QStringList segments;
    Handler handler;
    RouteOptions options;
};

// Method + path pattern -> handler. Built once at start-up, then only read,
// so every HTTP thread shares one Router without locking.
class Router
{
public:
    // `action` names the route's entry in the permission table; the server
    // refuses requests for actions the caller may not perform.
    void add(Method method, const QString &pattern, const QString &action, Handler handler, RouteOptions options = {});

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        bool pathKnown = false; // some route has this path, maybe for another method
        QStringList allowedMethods;
    };
    Match match(Method method, const QString &path) const;
    const std::vector<Route> &routes() const { return m_routes; }

    static QString methodName(Method method);

private:
    std::vector<Route> m_routes;
};

} // namespace adp::server::http
