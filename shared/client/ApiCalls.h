#pragma once

#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

// The three shapes of answer most endpoints have: {"items":[T...]}, one T,
// or nothing. T is any type with `static std::optional<T> fromJson(const QJsonObject &)`.
template<typename T>
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

// `what` names T in the error for an answer that is not one ("a project").
template<typename T>
void sendForOne(ApiClient &client, const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                std::function<void(const ApiResult<T> &)> done, const char *what = "what was asked for")
{
    const QJsonDocument document = method == "GET" || method == "DELETE" ? QJsonDocument() : QJsonDocument(body);
    client.send(method, path, {}, document, context, [done, what](const ApiResult<QJsonDocument> &result) {
        if (!result.ok())
            return done(result.error());
        if (auto parsed = T::fromJson(result.value().object()))
            return done(*parsed);
        done(ApiError::network(QStringLiteral("The server's answer is not %1").arg(QLatin1String(what))));
    });
}

inline void sendForNothing(ApiClient &client, const QByteArray &method, const QString &path, QObject *context,
                           std::function<void(const ApiResult<Done> &)> done)
{
    client.send(method, path, {}, {}, context, [done](const ApiResult<QJsonDocument> &result) {
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

} // namespace adp::shared
