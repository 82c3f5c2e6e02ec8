#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace adp::server::kube {

// One object to apply, with where it came from ("deploy/web.yaml:12").
struct Manifest
{
    QJsonObject object;
    QString origin;

    QString apiVersion() const { return object.value(QLatin1String("apiVersion")).toString(); }
    QString kind() const { return object.value(QLatin1String("kind")).toString(); }
    QString name() const;
    QString namespaceName() const;
};

// Reads the manifests an environment deploys from a checked-out repository: one YAML or JSON file,
// or every .yaml, .yml and .json file under a directory (in path order), each document one object
// and a `kind: List` its items. Before parsing, `${NAME}` is replaced by the variable of that name
// (names it does not know stay as written). Every object gets the labels given (how a later
// revision finds what to prune), and containers whose image is the pinned repository untagged or
// at `latest` are pinned to the given tag (the pipeline's commit).
class ManifestReader
{
public:
    struct Options
    {
        QHash<QString, QString> variables;
        QHash<QString, QString> labels;
        QString pinnedRepository; // e.g. registry.example/shop/web; empty: no pinning
        QString pinnedTag;        // e.g. the commit's sha
    };

    static constexpr int kMaxObjects = 500;
    static constexpr qsizetype kMaxTotalBytes = 8 * 1024 * 1024;

    // `path` is relative to `root` and may not leave it (no "..", no absolute path, no link out).
    static std::optional<QList<Manifest>> read(const QString &root, const QString &path, const Options &options,
                                               QStringList &errors);
    static std::optional<QList<Manifest>> fromText(const QByteArray &text, const QString &file, const Options &options,
                                                   QStringList &errors);
    static QByteArray substitute(const QByteArray &text, const QHash<QString, QString> &variables);
};

} // namespace adp::server::kube
