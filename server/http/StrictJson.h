#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace adp::server::http {

// What QJsonDocument lets through silently and a stored value must not hold:
// an object with the same key twice (which one counts?), a string with a lone
// UTF-16 surrogate, or a NUL character (PostgreSQL cuts text at it). Checked
// with RapidJSON's SAX reader on a body QJsonDocument already accepted.
std::optional<QString> strictJsonProblem(const QByteArray &json);

} // namespace adp::server::http
