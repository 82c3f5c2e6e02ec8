#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace adp::shared {

// One problem with one input field. `code` is stable for clients to translate;
// `message` is the English text the API sends.
struct FieldError
{
    QString field;
    QString code;
    QString message;

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

QJsonArray fieldErrorsToJson(const FieldErrors &errors);
// "name is required; image must be ..." for a log line or a start-up error.
QString fieldErrorsText(const FieldErrors &errors);
FieldErrors fieldErrorsFromJson(const QJsonArray &array);

namespace fieldcodes {
inline constexpr auto Required = "required";
inline constexpr auto TooLong = "too_long";
inline constexpr auto TooShort = "too_short";
inline constexpr auto InvalidFormat = "invalid_format";
inline constexpr auto InvalidType = "invalid_type";
inline constexpr auto InvalidValue = "invalid_value";
inline constexpr auto UnknownField = "unknown_field";
inline constexpr auto Taken = "taken";
} // namespace fieldcodes

// The two commonest problems, worded as the API words them.
inline FieldError requiredField(const QString &field)
{
    return {field, QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")};
}
inline FieldError invalidField(const QString &field, const QString &message)
{
    return {field, QString::fromLatin1(fieldcodes::InvalidValue), message};
}

} // namespace adp::shared
