#pragma once

#include "DefinitionError.h"
#include "PipelineDefinition.h"

#include <functional>
#include <optional>

namespace adp::pipeline {

// Turns .gitlab-ci.yml text into a PipelineDefinition: include:local, YAML
// anchors and merge keys, extends and !reference are resolved in GitLab's
// order, then every keyword is checked. An unknown or unsupported keyword, a
// wrong type or value is an error naming the keyword, line and column;
// `image` and `services` (kept for the Kubernetes executor) are warnings
// when the shell executor will run the jobs.
class DefinitionParser
{
public:
    // Reads a file of the same repository (include:local, relative to its
    // root); nullopt when there is none.
    using FileReader = std::function<std::optional<QByteArray>(const QString &path)>;

    struct Result
    {
        std::optional<PipelineDefinition> definition; // set when there are no errors
        DefinitionErrors errors;
        DefinitionErrors warnings;
        bool ok() const { return definition.has_value(); }
    };

    static Result parse(const QByteArray &text, const FileReader &reader, bool shellExecutor = true);

    // "30 minutes", "1h 30m", "2 days", "45" (seconds); nullopt when unreadable.
    static std::optional<qint64> durationSeconds(const QString &text);
};

} // namespace adp::pipeline
