#pragma once

#include "HttpResponse.h"

#include <QJsonObject>
#include <variant>

class QHttpServerRequest;

namespace adp::server::http {

// Parses a request body that must be one JSON object. Anything else becomes
// the 400/415 response to send back, with the parser's offset in the message.
std::variant<QJsonObject, HttpResponse> parseJsonObject(const QHttpServerRequest &request);

} // namespace adp::server::http
