#pragma once

#include "shared/core/FieldError.h"

#include <QString>
#include <QStringList>
#include <variant>

namespace adp::server {

// A failure a user can cause, returned (not thrown) by services. The HTTP
// layer maps `kind` to a status and the API error code.
struct ServiceError
{
    enum class Kind { Validation, NotFound, Conflict, Unauthenticated, Forbidden, RateLimited, Unavailable };

    Kind kind;
    QString message;
    shared::FieldErrors fields;
    qint64 retryAfterSeconds = 0; // RateLimited only

    // The error in one text for a log or a record: each wrong field as "field message" (a
    // definition problem by its message alone, which names file, line and column), else the message.
    QString reason(const QString &separator = QStringLiteral("; ")) const
    {
        QStringList parts;
        for (const shared::FieldError &field : fields)
            parts.append(field.field == u"definition" ? field.message : field.field + u' ' + field.message);
        return parts.isEmpty() ? message : parts.join(separator);
    }

    static ServiceError validation(shared::FieldErrors fields)
    {
        return {Kind::Validation, QStringLiteral("Some fields are invalid"), std::move(fields)};
    }
    // One field that is wrong: {"field": ..., "code": ..., "message": ...}.
    static ServiceError invalidField(const QString &field, const char *code, const QString &message)
    {
        return validation({{field, QString::fromLatin1(code), message}});
    }
    static ServiceError notFound(const QString &what)
    {
        return {Kind::NotFound, what + QStringLiteral(" not found"), {}};
    }
    static ServiceError conflict(const QString &message, shared::FieldErrors fields = {})
    {
        return {Kind::Conflict, message, std::move(fields)};
    }
    static ServiceError unauthenticated(const QString &message) { return {Kind::Unauthenticated, message, {}}; }
    static ServiceError forbidden(const QString &message) { return {Kind::Forbidden, message, {}}; }
    static ServiceError rateLimited(const QString &message, qint64 retryAfterSeconds)
    {
        return {Kind::RateLimited, message, {}, retryAfterSeconds};
    }
};

// Expected-style result of a service call: a value or a ServiceError.
template <typename T> class Outcome
{
public:
    Outcome(T value)
        : m_data(std::move(value))
    {
    }
    Outcome(ServiceError error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ServiceError &error() const { return std::get<ServiceError>(m_data); }

private:
    std::variant<T, ServiceError> m_data;
};

struct Unit
{
};

} // namespace adp::server
