#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "ServiceErrorMapping.h"

#include <QJsonArray>
#include <QJsonObject>
#include <variant>

namespace adp::server::http {

// Parses a request body that must be one JSON object sent as application/json.
// Anything else becomes the 400/415 response to send back, with the parser's
// offset in the message; duplicate keys, lone surrogates and NUL characters
// are refused too (StrictJson), so what is stored is what was sent.
std::variant<QJsonObject, HttpResponse> parseJsonObject(const HttpRequest &request);

// Parses the body into a shared `Fields` type (anything with
// `static Fields fromJson(const QJsonObject &, FieldErrors &)`). Shape errors
// (wrong types, unknown keys) come back as a 422 here; what the values mean is
// checked by the service, after it has decided the caller may act at all.
template <typename Fields> std::variant<Fields, HttpResponse> readFields(const HttpRequest &request)
{
    auto parsed = parseJsonObject(request);
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    shared::FieldErrors errors;
    Fields fields = Fields::fromJson(std::get<QJsonObject>(parsed), errors);
    if (!errors.isEmpty())
        return toHttpResponse(ServiceError::validation(errors));
    return fields;
}

// The same, but shape errors come back with the fields for the service to report once it has decided
// the caller may act (a caller who may not learns nothing about the body).
template <typename Fields> using FieldsAndErrors = std::pair<Fields, shared::FieldErrors>;
template <typename Fields>
std::variant<FieldsAndErrors<Fields>, HttpResponse> readFieldsDeferringErrors(const HttpRequest &request)
{
    auto parsed = parseJsonObject(request);
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    FieldsAndErrors<Fields> fields;
    fields.first = Fields::fromJson(std::get<QJsonObject>(parsed), fields.second);
    return fields;
}

// Calls `handle(fields, shapeErrors)` with the body's fields, or answers a body that is not a JSON object.
template <typename Fields, typename Handle>
HttpResponse withFieldsDeferringErrors(const HttpRequest &request, Handle handle)
{
    const auto parsed = readFieldsDeferringErrors<Fields>(request);
    if (const auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const auto &[fields, invalid] = std::get<FieldsAndErrors<Fields>>(parsed);
    return handle(fields, invalid);
}

// The same for a body that may be left out: no body at all stands for `Fields{}`.
template <typename Fields, typename Handle>
HttpResponse withOptionalFieldsDeferringErrors(const HttpRequest &request, Handle handle)
{
    if (request.body().trimmed().isEmpty())
        return handle(Fields{}, shared::FieldErrors{});
    return withFieldsDeferringErrors<Fields>(request, handle);
}

// Render functions for http::respond: a value as 200 or 201, nothing as 204.
template <typename T> HttpResponse ok(const T &value)
{
    return HttpResponse::json(200, value.toJson());
}

template <typename T> HttpResponse created(const T &value)
{
    return HttpResponse::json(201, value.toJson());
}

inline HttpResponse noContent(const Unit &)
{
    return HttpResponse::noContent();
}

// {"items":[...]} from anything with toJson().
template <typename T> HttpResponse itemsResponse(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), array}});
}

// {"items":[...],"next_cursor":"..."|null} from a service's page (items with toJson(), nextCursor).
template <typename Page> HttpResponse pageResponse(const Page &page)
{
    QJsonArray items;
    for (const auto &item : page.items)
        items.append(item.toJson());
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("next_cursor"),
                                           page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}});
}

} // namespace adp::server::http
