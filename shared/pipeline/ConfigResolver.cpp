#include "ConfigResolver.h"

#include "YamlLoader.h"

#include <QSet>

namespace adp::pipeline {

namespace {
constexpr int kMaxIncludeDepth = 100; // GitLab allows 150 includes; a deeper chain is a loop in practice
constexpr int kMaxExtendsDepth = 11;
constexpr int kMaxReferenceDepth = 10;
constexpr int kMaxIncludes = 150;

bool isInclusionKey(const QString &key)
{
    return key == u"local" || key == u"file" || key == u"remote" || key == u"template" || key == u"project" ||
           key == u"component" || key == u"rules" || key == u"inputs";
}
} // namespace

void ConfigResolver::fail(const ConfigNode &where, const QString &keyword, const QString &message)
{
    m_errors.append({keyword, message, where.line, where.column, where.file});
}

std::optional<ConfigNode> ConfigResolver::resolve(const QByteArray &text)
{
    QStringList chain;
    auto root = loadWithIncludes(text, {}, chain);
    if (!root)
        return std::nullopt;
    const qsizetype before = m_errors.size();
    resolveExtends(*root);
    if (m_errors.size() > before)
        return std::nullopt;
    const ConfigNode extended = *root;
    resolveReferences(extended, *root, 0);
    if (m_errors.size() > before)
        return std::nullopt;
    return root;
}

QStringList ConfigResolver::localIncludes(const ConfigNode &include, const QString &keyword)
{
    QStringList paths;
    const auto one = [&](const ConfigNode &entry) {
        if (entry.isScalar()) {
            if (entry.scalar.startsWith(QLatin1String("http://")) || entry.scalar.startsWith(QLatin1String("https://")))
                fail(entry, keyword,
                     QStringLiteral("remote files are not supported; include files of this repository"));
            else
                paths.append(entry.scalar);
            return;
        }
        if (!entry.isMap()) {
            fail(entry, keyword,
                 QStringLiteral("must name a file, or be {local: path}; not %1").arg(entry.describeKind()));
            return;
        }
        for (const auto &[key, value] : entry.entries) {
            if (!isInclusionKey(key)) {
                fail(value, keyword + u':' + key, QStringLiteral("unknown keyword"));
            } else if (key != u"local") {
                fail(
                    value, keyword + u':' + key,
                    QStringLiteral("is not supported: only files of this repository (include: local) can be included"));
            } else if (!value.isScalar()) {
                fail(value, keyword + QStringLiteral(":local"),
                     QStringLiteral("must be a path, not %1").arg(value.describeKind()));
            } else {
                paths.append(value.scalar);
            }
        }
    };
    if (include.isSequence())
        for (const ConfigNode &entry : include.items)
            one(entry);
    else
        one(include);
    for (QString &path : paths) {
        while (path.startsWith(u'/'))
            path.remove(0, 1);
    }
    return paths;
}

std::optional<ConfigNode> ConfigResolver::loadWithIncludes(const QByteArray &text, const QString &file,
                                                           QStringList &chain)
{
    auto root = YamlLoader::load(text, file, m_errors);
    if (!root)
        return std::nullopt;
    if (!root->isMap()) {
        fail(*root, QStringLiteral("root"),
             QStringLiteral("the file must be a mapping of keywords and jobs, not %1").arg(root->describeKind()));
        return std::nullopt;
    }
    const ConfigNode *include = root->get(QStringLiteral("include"));
    if (!include)
        return root;
    const ConfigNode includeNode = *include;
    root->remove(QStringLiteral("include"));
    ConfigNode combined;
    combined.kind = ConfigNode::Kind::Map;
    bool good = true;
    for (const QString &path : localIncludes(includeNode, QStringLiteral("include"))) {
        if (chain.contains(path) || chain.size() >= kMaxIncludeDepth) {
            fail(includeNode, QStringLiteral("include"),
                 QStringLiteral("'%1' includes itself (%2)")
                     .arg(path, (chain + QStringList{path}).join(QStringLiteral(" -> "))));
            good = false;
            continue;
        }
        if (++m_includeCount > kMaxIncludes) {
            fail(includeNode, QStringLiteral("include"),
                 QStringLiteral("more than %1 files are included").arg(kMaxIncludes));
            return std::nullopt;
        }
        const auto content = m_reader ? m_reader(path) : std::nullopt;
        if (!content) {
            fail(includeNode, QStringLiteral("include"),
                 QStringLiteral("'%1' does not exist in the repository").arg(path));
            good = false;
            continue;
        }
        chain.append(path);
        const auto included = loadWithIncludes(*content, path, chain);
        chain.removeLast();
        if (!included) {
            good = false;
            continue;
        }
        combined = deepMerge(combined, *included);
    }
    if (!good)
        return std::nullopt;
    ConfigNode merged = deepMerge(combined, *root);
    // Keep the including file's order first, then what only the included files have.
    ConfigNode ordered = *root;
    for (const auto &[key, value] : merged.entries)
        ordered.set(key, value);
    return ordered;
}

void ConfigResolver::resolveExtends(ConfigNode &root)
{
    for (const QString &name : root.keys()) {
        QStringList chain;
        extendJob(root, name, chain);
    }
}

bool ConfigResolver::extendJob(ConfigNode &root, const QString &name, QStringList &chain)
{
    ConfigNode *job = root.get(name);
    if (!job || !job->isMap() || !job->has(QStringLiteral("extends")))
        return true;
    const ConfigNode extends = *job->get(QStringLiteral("extends"));
    const QString keyword = name + QStringLiteral(":extends");
    if (chain.contains(name)) {
        fail(extends, keyword,
             QStringLiteral("extends itself (%1)").arg((chain + QStringList{name}).join(QStringLiteral(" -> "))));
        return false;
    }
    if (chain.size() >= kMaxExtendsDepth) {
        fail(extends, keyword, QStringLiteral("nests deeper than %1 levels").arg(kMaxExtendsDepth));
        return false;
    }
    QStringList parents;
    if (extends.isScalar())
        parents.append(extends.scalar);
    else if (extends.isSequence())
        for (const ConfigNode &item : extends.items)
            item.isScalar() ? parents.append(item.scalar) : fail(item, keyword, QStringLiteral("must list job names"));
    else
        fail(extends, keyword,
             QStringLiteral("must be a job name or a list of them, not %1").arg(extends.describeKind()));

    ConfigNode base;
    base.kind = ConfigNode::Kind::Map;
    chain.append(name);
    bool good = true;
    for (const QString &parent : std::as_const(parents)) {
        const ConfigNode *found = root.get(parent);
        if (!found) {
            fail(extends, keyword, QStringLiteral("'%1' is not defined").arg(parent));
            good = false;
            continue;
        }
        if (!found->isMap()) {
            fail(extends, keyword, QStringLiteral("'%1' is not a job or template (a mapping)").arg(parent));
            good = false;
            continue;
        }
        if (!extendJob(root, parent, chain)) {
            good = false;
            continue;
        }
        base = deepMerge(base, *root.get(parent));
    }
    chain.removeLast();
    job = root.get(name); // the recursion may have changed the map
    ConfigNode own = *job;
    own.remove(QStringLiteral("extends"));
    *job = deepMerge(base, own);
    job->line = own.line;
    job->column = own.column;
    return good;
}

void ConfigResolver::resolveReferences(const ConfigNode &root, ConfigNode &node, int depth)
{
    if (node.tag == u"!reference") {
        if (depth > kMaxReferenceDepth) {
            fail(node, QStringLiteral("!reference"),
                 QStringLiteral("nests deeper than %1 levels").arg(kMaxReferenceDepth));
            return;
        }
        QStringList path;
        if (node.isSequence())
            for (const ConfigNode &item : std::as_const(node.items))
                if (item.isScalar())
                    path.append(item.scalar);
        if (path.isEmpty() || !node.isSequence() || path.size() != node.items.size()) {
            fail(node, QStringLiteral("!reference"),
                 QStringLiteral("must be a list of names, like !reference [.setup, script]"));
            return;
        }
        const ConfigNode *target = &root;
        for (const QString &step : std::as_const(path)) {
            target = target->isMap() ? target->get(step) : nullptr;
            if (!target) {
                fail(node, QStringLiteral("!reference"),
                     QStringLiteral("[%1] does not exist").arg(path.join(QStringLiteral(", "))));
                return;
            }
        }
        ConfigNode copy = *target;
        resolveReferences(root, copy, depth + 1);
        copy.line = node.line;
        copy.column = node.column;
        copy.file = node.file;
        node = copy;
        return;
    }
    for (ConfigNode &item : node.items)
        resolveReferences(root, item, depth);
    for (auto &entry : node.entries)
        resolveReferences(root, entry.second, depth);
}

} // namespace adp::pipeline
