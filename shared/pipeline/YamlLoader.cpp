#include "YamlLoader.h"

#include <yaml-cpp/yaml.h>

namespace adp::pipeline {

namespace {

constexpr int kMaxDepth = 64;     // deeper is not a CI file; refuse rather than recurse forever
constexpr int kMaxNodes = 200000; // aliases expand in place: stop an alias bomb early

void place(ConfigNode &node, const YAML::Node &source, const QString &file)
{
    const YAML::Mark mark = source.Mark();
    node.line = mark.line >= 0 ? mark.line + 1 : 0;
    node.column = mark.column >= 0 ? mark.column + 1 : 0;
    node.file = file;
}

class Converter
{
public:
    Converter(const QString &file, DefinitionErrors &errors)
        : m_file(file)
        , m_errors(errors)
    {
    }

    ConfigNode convert(const YAML::Node &source, int depth)
    {
        ConfigNode node;
        place(node, source, m_file);
        if (depth > kMaxDepth || ++m_nodes > kMaxNodes) {
            if (!m_tooBig)
                fail(node, depth > kMaxDepth
                               ? QStringLiteral("nesting is deeper than %1 levels").arg(kMaxDepth)
                               : QStringLiteral("the file expands to more than %1 values").arg(kMaxNodes));
            m_tooBig = true;
            return node;
        }
        const std::string &tag = source.Tag();
        if (!tag.empty() && tag != "?" && tag != "!" && tag.rfind("tag:yaml.org,2002:", 0) != 0)
            node.tag = QString::fromStdString(tag);
        switch (source.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            break;
        case YAML::NodeType::Scalar:
            node.kind = ConfigNode::Kind::Scalar;
            node.scalar = QString::fromStdString(source.Scalar());
            node.plain = tag != "!";
            break;
        case YAML::NodeType::Sequence:
            node.kind = ConfigNode::Kind::Sequence;
            for (const YAML::Node &item : source)
                node.items.append(convert(item, depth + 1));
            break;
        case YAML::NodeType::Map:
            node.kind = ConfigNode::Kind::Map;
            convertMap(source, node, depth);
            break;
        }
        return node;
    }

private:
    void convertMap(const YAML::Node &source, ConfigNode &node, int depth)
    {
        QList<ConfigNode> merged; // from `<<`, applied under the explicit keys
        for (auto it = source.begin(); it != source.end(); ++it) {
            if (!it->first.IsScalar()) {
                ConfigNode where;
                place(where, it->first, m_file);
                fail(where, QStringLiteral("a key must be a plain string"));
                continue;
            }
            const QString key = QString::fromStdString(it->first.Scalar());
            ConfigNode value = convert(it->second, depth + 1);
            if (key == u"<<" && it->first.Tag() != "!") {
                if (value.isMap())
                    merged.append(value);
                else if (value.isSequence())
                    for (const ConfigNode &item : std::as_const(value.items))
                        item.isMap() ? merged.append(item) : fail(item, QStringLiteral("'<<' merges mappings only"));
                else
                    fail(value, QStringLiteral("'<<' merges mappings only"));
                continue;
            }
            if (node.has(key)) {
                ConfigNode where;
                place(where, it->first, m_file);
                fail(where, QStringLiteral("the key '%1' appears twice").arg(key));
                continue;
            }
            node.entries.append({key, std::move(value)});
        }
        // The first merged mapping wins over later ones; explicit keys win over all (YAML merge key spec).
        for (const ConfigNode &source : std::as_const(merged)) {
            for (const auto &[key, value] : source.entries) {
                if (!node.has(key))
                    node.entries.append({key, value});
            }
        }
    }

    void fail(const ConfigNode &where, const QString &message)
    {
        m_errors.append({QStringLiteral("yaml"), message, where.line, where.column, where.file});
    }

    QString m_file;
    DefinitionErrors &m_errors;
    int m_nodes = 0;
    bool m_tooBig = false;
};

} // namespace

std::optional<ConfigNode> YamlLoader::load(const QByteArray &text, const QString &file, DefinitionErrors &errors)
{
    if (text.size() > kMaxBytes) {
        errors.append({QStringLiteral("yaml"), QStringLiteral("the file is larger than %1 KiB").arg(kMaxBytes / 1024),
                       0, 0, file});
        return std::nullopt;
    }
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        const qsizetype before = errors.size();
        ConfigNode converted = Converter(file, errors).convert(root, 0);
        if (errors.size() > before)
            return std::nullopt;
        return converted;
    } catch (const YAML::Exception &exception) {
        errors.append({QStringLiteral("yaml"), QString::fromStdString(exception.msg), exception.mark.line + 1,
                       exception.mark.column + 1, file});
        return std::nullopt;
    }
}

std::optional<QList<ConfigNode>> YamlLoader::loadAll(const QByteArray &text, const QString &file,
                                                     DefinitionErrors &errors)
{
    if (text.size() > kMaxBytes) {
        errors.append({QStringLiteral("yaml"), QStringLiteral("the file is larger than %1 KiB").arg(kMaxBytes / 1024),
                       0, 0, file});
        return std::nullopt;
    }
    try {
        const std::vector<YAML::Node> roots = YAML::LoadAll(text.toStdString());
        const qsizetype before = errors.size();
        Converter converter(file, errors);
        QList<ConfigNode> documents;
        for (const YAML::Node &root : roots) {
            ConfigNode converted = converter.convert(root, 0);
            if (!converted.isNull())
                documents.append(std::move(converted));
        }
        if (errors.size() > before)
            return std::nullopt;
        return documents;
    } catch (const YAML::Exception &exception) {
        errors.append({QStringLiteral("yaml"), QString::fromStdString(exception.msg), exception.mark.line + 1,
                       exception.mark.column + 1, file});
        return std::nullopt;
    }
}

} // namespace adp::pipeline
