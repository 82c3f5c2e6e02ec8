#pragma once

#include "shared/core/FieldError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <memory>

namespace adp::server::http {

class ResponseStream;

// What a route handler returns. The server adds the request id and writes it.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    // A body made while it is sent, chunked, instead of `body` (see ResponseStream).
    std::shared_ptr<ResponseStream> stream;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse text(int status, QByteArray body, QByteArray contentType);
    static HttpResponse noContent();
    // The API's one error shape: {"error":{"code","message","details"}}.
    static HttpResponse error(int status, const char *code, const QString &message, const QJsonObject &details = {});
    static HttpResponse fieldErrors(int status, const char *code, const QString &message,
                                    const shared::FieldErrors &fields);
};

} // namespace adp::server::http
