#pragma once

#include "FieldError.h"
#include "Project.h"
#include "TextRules.h"

namespace adp::shared {

// Business-independent rules for a project's fields: lengths, formats, git ref
// names. Used by the server before storing and by clients before sending.
class ProjectValidator
{
public:
    static constexpr int kNameMax = textrules::kNameMax;
    static constexpr int kSlugMin = textrules::kSlugMin;
    static constexpr int kSlugMax = textrules::kSlugMax;
    static constexpr int kDescriptionMax = textrules::kDescriptionMax;
    static constexpr int kRepositoryUrlMax = 500;
    static constexpr int kBranchMax = 255;
    static constexpr int kCiConfigPathMax = 255;

    static FieldErrors validate(const Project &project);

    static bool isValidSlug(const QString &slug);
    static bool isValidRepositoryUrl(const QString &url);
    static bool isValidBranchName(const QString &branch);
    // A relative path inside the repository to a .yml or .yaml file.
    static bool isValidCiConfigPath(const QString &path);
};

} // namespace adp::shared
