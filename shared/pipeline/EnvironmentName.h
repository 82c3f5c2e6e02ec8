#pragma once

#include "RuleExpression.h"

#include <QString>

namespace adp::pipeline {

// What GitLab makes of a job's `environment:` name: variables expanded when the pipeline is
// made, the folder a dynamic name sits in (review/feature-x -> review), the URL-safe slug jobs
// get as CI_ENVIRONMENT_SLUG, and the tier guessed from the name when `deployment_tier` is not set.
class EnvironmentName
{
public:
    static constexpr int kMaxLength = 255;

    // $NAME and ${NAME} replaced by their values (unset: empty), as GitLab does for name and url.
    static QString expand(const QString &text, const RuleExpression::Variables &variables);
    // Letters, digits, spaces and - _ / . only, not empty, not starting or ending with '/'.
    static bool isValid(const QString &name);
    static QString folderOf(const QString &name); // empty: not in a folder
    static QString slugOf(const QString &name);
    static QString guessTier(const QString &name);
};

} // namespace adp::pipeline
