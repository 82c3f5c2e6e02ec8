#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// A CI/CD variable of a project, as the API shows it. A masked variable's
// value is never shown back (absent from the JSON) and never reaches a log.
struct ProjectVariable
{
    QString key;
    QString value; // empty when masked
    bool masked = false;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<ProjectVariable> fromJson(const QJsonObject &object);
};

// A variable's value as a client sets it (PUT .../variables/{key}).
struct ProjectVariableFields
{
    std::optional<QString> value;
    bool masked = false;

    static constexpr int kKeyMax = 255;
    static constexpr int kValueMax = 64 * 1024;
    static constexpr int kMaskedMin = 8; // a shorter value would mask ordinary words in logs
    static constexpr int kMaskedMax = 4096;

    static ProjectVariableFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    // Both the key (from the URL) and the value.
    FieldErrors validate(const QString &key) const;
    static bool isValidKey(const QString &key);
};

} // namespace adp::shared
