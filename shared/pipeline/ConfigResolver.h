#pragma once

#include "ConfigNode.h"
#include "DefinitionError.h"

#include <functional>
#include <optional>

namespace adp::pipeline {

// The steps GitLab takes before reading keywords, in its order: include
// (local files only; later files and then the including file win), extends
// (hashes merged deeply, anything else replaced; up to 11 levels) and
// !reference [name, key, ...] (copied from the extended configuration).
class ConfigResolver
{
public:
    using FileReader = std::function<std::optional<QByteArray>(const QString &path)>;

    ConfigResolver(FileReader reader, DefinitionErrors &errors)
        : m_reader(std::move(reader))
        , m_errors(errors)
    {
    }

    std::optional<ConfigNode> resolve(const QByteArray &text);
    // Paths named by an include: entry (one file or a list), or an error.
    QStringList localIncludes(const ConfigNode &include, const QString &keyword);

private:
    std::optional<ConfigNode> loadWithIncludes(const QByteArray &text, const QString &file, QStringList &chain);
    void resolveExtends(ConfigNode &root);
    bool extendJob(ConfigNode &root, const QString &name, QStringList &chain);
    void resolveReferences(const ConfigNode &root, ConfigNode &node, int depth);
    void fail(const ConfigNode &where, const QString &keyword, const QString &message);

    FileReader m_reader;
    DefinitionErrors &m_errors;
    int m_includeCount = 0;
};

} // namespace adp::pipeline
