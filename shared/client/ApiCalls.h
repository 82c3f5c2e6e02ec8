#pragma once

#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

// The three shapes of answer most endpoints have: {"items":[T...]}, one T,
// or nothing. T is any type with `static std::optional<T> fromJson(const QJsonObject &)`.
template <typename T>
void fetchItems(ApiClient &client, const QString &path, const QUrlQuery &query, QObject *context,
                std::function<void(const ApiResult<QList<T>> &)> done)
{
    client.send("GET", path, query, {}, context, [done](const ApiResult<QJsonDocument> &result) {
        if (!result.ok())
            return done(result.error());
        QList<T> items;
        for (const QJsonValue &item : result.value().object().value(QStringLiteral("items")).toArray()) {
            if (auto parsed = T::fromJson(item.toObject()))
                items.append(*parsed);
        }
        done(items);
    });
}

// {"items":[...],"next_cursor":...} into a Page: any struct with `items` (a QList of a type with
// fromJson) and `nextCursor` (empty on the last page).
template <typename Page>
void fetchPage(ApiClient &client, const QString &path, const QUrlQuery &query, QObject *context,
               std::function<void(const ApiResult<Page> &)> done)
{
    using Item = typename decltype(Page::items)::value_type;
    client.send("GET", path, query, {}, context, [done](const ApiResult<QJsonDocument> &result) {
        if (!result.ok())
            return done(result.error());
        const QJsonObject object = result.value().object();
        Page page;
        for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray()) {
            if (auto parsed = Item::fromJson(item.toObject()))
                page.items.append(*parsed);
        }
        page.nextCursor = object.value(QStringLiteral("next_cursor")).toString();
        done(page);
    });
}

// `what` names T in the error for an answer that is not one ("a project").
template <typename T>
void sendForOne(ApiClient &client, const QByteArray &method, const QString &path, const QJsonObject &body,
                QObject *context, std::function<void(const ApiResult<T> &)> done,
                const char *what = "what was asked for", const QUrlQuery &query = {})
{
    const QJsonDocument document = method == "GET" || method == "DELETE" ? QJsonDocument() : QJsonDocument(body);
    client.send(method, path, query, document, context, [done, what](const ApiResult<QJsonDocument> &result) {
        if (!result.ok())
            return done(result.error());
        if (auto parsed = T::fromJson(result.value().object()))
            return done(*parsed);
        done(ApiError::network(QStringLiteral("The server's answer is not %1").arg(QLatin1String(what))));
    });
}

inline void sendForNothing(ApiClient &client, const QByteArray &method, const QString &path, QObject *context,
                           std::function<void(const ApiResult<Done> &)> done, const QUrlQuery &query = {})
{
    client.send(method, path, query, {}, context, [done](const ApiResult<QJsonDocument> &result) {
        if (!result.ok())
            return done(result.error());
        done(Done{});
    });
}

// One path segment from user input (a slug, a username), escaped.
inline QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// The five calls of a resource kept per project: list and create under
// /api/v1/projects/{p}/{plural}, get, change and delete at /api/v1/{plural}/{id}.
// T is what the API shows, Fields what a client sends (toJson()).
template <typename T, typename Fields> class ProjectResourceCalls
{
public:
    template <typename R> using Then = std::function<void(const ApiResult<R> &)>;

    ProjectResourceCalls(ApiClient &client, const char *plural, const char *what)
        : m_client(client)
        , m_plural(QLatin1String(plural))
        , m_what(what)
    {
    }

    void list(const QString &project, QObject *context, Then<QList<T>> done)
    {
        fetchItems<T>(m_client, projectPath(project), {}, context, std::move(done));
    }
    void create(const QString &project, const Fields &fields, QObject *context, Then<T> done)
    {
        sendForOne<T>(m_client, "POST", projectPath(project), fields.toJson(), context, std::move(done), m_what);
    }
    void get(qint64 id, QObject *context, Then<T> done)
    {
        sendForOne<T>(m_client, "GET", onePath(id), {}, context, std::move(done), m_what);
    }
    void update(qint64 id, const Fields &fields, QObject *context, Then<T> done)
    {
        sendForOne<T>(m_client, "PATCH", onePath(id), fields.toJson(), context, std::move(done), m_what);
    }
    void remove(qint64 id, QObject *context, Then<Done> done)
    {
        sendForNothing(m_client, "DELETE", onePath(id), context, std::move(done));
    }

protected:
    ApiClient &client() const { return m_client; }
    QString onePath(qint64 id) const { return QStringLiteral("/api/v1/%1/%2").arg(m_plural).arg(id); }
    QString projectPath(const QString &project) const
    {
        return QStringLiteral("/api/v1/projects/%1/%2").arg(pathSegment(project), m_plural);
    }

private:
    ApiClient &m_client;
    QString m_plural;
    const char *m_what;
};

} // namespace adp::shared
