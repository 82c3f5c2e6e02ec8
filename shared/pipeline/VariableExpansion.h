#pragma once

#include <QString>
#include <functional>

namespace adp::pipeline {

// $NAME and ${NAME} in `text` replaced by what `valueOf` answers (an unset variable: empty), as
// GitLab expands environment names, artifact names and cache keys.
QString expandVariables(const QString &text, const std::function<QString(const QString &name)> &valueOf);

} // namespace adp::pipeline
