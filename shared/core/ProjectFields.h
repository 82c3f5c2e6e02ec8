#pragma once

#include "FieldError.h"
#include "Project.h"

#include <optional>

namespace adp::shared {

// The fields a client may set on a project. Each is optional so that one type
// serves create (absent = default) and partial update (absent = unchanged).
struct ProjectFields
{
    std::optional<QString> name;
    std::optional<QString> slug;
    std::optional<QString> description;
    std::optional<QString> repositoryUrl;
    std::optional<QString> defaultBranch;
    std::optional<QString> ciConfigPath;
    std::optional<Visibility> visibility;
    std::optional<QString> organisation; // set on create only; a project does not move

    // Strict: wrong types, bad enum values and unknown keys land in `errors`.
    static ProjectFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;

    void applyTo(Project &project) const;
    bool isEmpty() const;
};

} // namespace adp::shared
