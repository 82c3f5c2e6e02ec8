#include "Router.h"

#include <QUrl>

namespace adp::server::http {

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}
} // namespace

QString Router::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

void Router::add(Method method, const QString &pattern, const QString &action, Handler handler, RouteOptions options)
{
    m_routes.push_back({method, pattern, action, splitPath(pattern), std::move(handler), options});
}

Router::Match Router::match(Method method, const QString &path) const
{
    Match result;
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            if (isParameter(expected))
                params.insert(expected.mid(1, expected.size() - 2), QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
            else
                matches = expected == segments.at(i);
        }
        if (!matches)
            continue;
        result.pathKnown = true;
        result.allowedMethods.append(methodName(route.method));
        if (route.method == method && !result.route) {
            result.route = &route;
            result.params = std::move(params);
        }
    }
    return result;
}

} // namespace adp::server::http
