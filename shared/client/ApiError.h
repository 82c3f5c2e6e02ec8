#pragma once

#include "shared/core/FieldError.h"

#include <QJsonDocument>
#include <QString>
#include <variant>

namespace adp::shared {

// An error as the API reports it ({"error":{code,message,details}}), or a
// transport failure with code network_error and httpStatus 0.
struct ApiError
{
    int httpStatus = 0;
    QString code;
    QString message;
    FieldErrors fieldErrors;
    QString requestId;

    static ApiError fromResponse(int httpStatus, const QByteArray &body, const QString &requestId);
    static ApiError network(const QString &message);
    // One line for a terminal or a status bar: "message (code, HTTP 422): field: message".
    QString describe() const;
};

// Either a value or the ApiError that prevented it.
template <typename T> class ApiResult
{
public:
    ApiResult(T value)
        : m_data(std::move(value))
    {
    }
    ApiResult(ApiError error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// Value of a call that returns nothing but success.
struct Done
{
};

} // namespace adp::shared
