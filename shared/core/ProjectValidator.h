#pragma once

#include "FieldError.h"
#include "Project.h"

namespace adp::shared {

// Business-independent rules for a project's fields: lengths, formats, git ref
// names. Used by the server before storing and by clients before sending.
class ProjectValidator
{
public:
    static constexpr int kNameMax = 100;
    static constexpr int kSlugMin = 2;
    static constexpr int kSlugMax = 64;
    static constexpr int kDescriptionMax = 2000;
    static constexpr int kRepositoryUrlMax = 500;
    static constexpr int kBranchMax = 255;

    static FieldErrors validate(const Project &project);

    static bool isValidSlug(const QString &slug);
    static bool isValidRepositoryUrl(const QString &url);
    static bool isValidBranchName(const QString &branch);
};

} // namespace adp::shared
