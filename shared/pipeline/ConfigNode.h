#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace adp::pipeline {

// One node of a CI file with where it came from, independent of the YAML
// library: maps keep their key order, scalars keep their text and whether
// they were quoted (a quoted "true" is a string, a plain true a boolean).
struct ConfigNode
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString scalar;
    bool plain = true;                         // an unquoted scalar
    QString tag;                               // "!reference" and other explicit tags
    QList<ConfigNode> items;                   // a sequence
    QList<QPair<QString, ConfigNode>> entries; // a map, in file order
    int line = 0;                              // 1-based; 0 when made up
    int column = 0;
    QString file; // the file it came from (includes)

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }

    const ConfigNode *get(const QString &key) const;
    ConfigNode *get(const QString &key);
    bool has(const QString &key) const { return get(key) != nullptr; }
    void set(const QString &key, ConfigNode value);
    void remove(const QString &key);
    QStringList keys() const;

    std::optional<bool> boolean() const;   // plain true/false (YAML 1.1 spellings too)
    std::optional<qint64> integer() const; // plain decimal
    QString describeKind() const;          // "a string", "a list", ...
    // As JSON, typed as YAML 1.1 types plain scalars (Kubernetes reads manifests so): null, ~,
    // booleans, integers and floats; quoted scalars stay strings.
    QJsonValue toJson() const;

    static ConfigNode makeScalar(const QString &text, bool plain = false);
};

// Maps merged key by key, `over` winning; anything else is replaced. How
// GitLab combines `extends` and included files.
ConfigNode deepMerge(const ConfigNode &base, const ConfigNode &over);

} // namespace adp::pipeline
