#pragma once

#include "ConfigNode.h"
#include "DefinitionError.h"

#include <optional>

namespace adp::pipeline {

// Reads YAML text (yaml-cpp) into a ConfigNode tree with line and column on
// every node. yaml-cpp resolves anchors and aliases; merge keys (`<<: *x`),
// which it leaves as literal keys, are resolved here.
class YamlLoader
{
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024; // a CI file, not a data dump

    static std::optional<ConfigNode> load(const QByteArray &text, const QString &file, DefinitionErrors &errors);
    // Every document of a multi-document stream (`---` between them), empty ones left out.
    static std::optional<QList<ConfigNode>> loadAll(const QByteArray &text, const QString &file,
                                                    DefinitionErrors &errors);
};

} // namespace adp::pipeline
