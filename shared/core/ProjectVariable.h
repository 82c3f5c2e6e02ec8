#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// A CI/CD variable of a project, as the API shows it. A masked variable's
// value is never shown back (absent from the JSON) and never reaches a log.
// One key may have a value per environment scope (GitLab's
// `environment_scope`: `*`, an exact environment name, or a wildcard).
struct ProjectVariable
{
    static inline const QString kAnyEnvironment = QStringLiteral("*");
    static inline const QString kEnvVar = QStringLiteral("env_var");
    static inline const QString kFile = QStringLiteral("file");

    QString key;
    QString value; // empty when masked
    bool masked = false;
    bool protectedOnly = false;     // "protected": only pipelines of protected branches and tags receive it
    QString variableType = kEnvVar; // env_var, or file: the job gets a path to a file holding the value
    QString environmentScope = kAnyEnvironment;
    QDateTime updatedAt;

    bool isFile() const { return variableType == kFile; }

    QJsonObject toJson() const;
    static std::optional<ProjectVariable> fromJson(const QJsonObject &object);
};

// A variable's value as a client sets it (PUT .../variables/{key}).
struct ProjectVariableFields
{
    std::optional<QString> value;
    bool masked = false;
    bool protectedOnly = false;
    QString variableType = ProjectVariable::kEnvVar;
    QString environmentScope = ProjectVariable::kAnyEnvironment;

    static constexpr int kKeyMax = 255;
    static constexpr int kScopeMax = 255;
    static constexpr int kValueMax = 64 * 1024;
    static constexpr int kMaskedMin = 8; // a shorter value would mask ordinary words in logs
    static constexpr int kMaskedMax = 4096;

    static ProjectVariableFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    // Both the key (from the URL) and the value.
    FieldErrors validate(const QString &key) const;
    static bool isValidKey(const QString &key);
    // An environment scope: `*`, or an environment name in which `*` may stand for any run of characters.
    static bool isValidScope(const QString &scope);
};

} // namespace adp::shared
