#include "Manifests.h"

#include "shared/pipeline/YamlLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace adp::server::kube {

namespace {

const QStringList kPodOwners{QStringLiteral("Deployment"), QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
                             QStringLiteral("ReplicaSet"), QStringLiteral("Job")};

QJsonObject pinned(QJsonObject podSpec, const ManifestReader::Options &options)
{
    for (const char *list : {"containers", "initContainers"}) {
        QJsonArray containers = podSpec.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < containers.size(); ++i) {
            QJsonObject container = containers.at(i).toObject();
            const QString image = container.value(QLatin1String("image")).toString();
            if (image == options.pinnedRepository || image == options.pinnedRepository + QStringLiteral(":latest")) {
                container.insert(QStringLiteral("image"), QString(options.pinnedRepository + u':' + options.pinnedTag));
                containers.replace(i, container);
            }
        }
        if (!containers.isEmpty())
            podSpec.insert(QLatin1String(list), containers);
    }
    return podSpec;
}

// The pod spec inside a workload: spec.template.spec, or a CronJob's one level deeper, or a Pod's own.
QJsonObject withPinnedImages(QJsonObject object, const ManifestReader::Options &options)
{
    if (options.pinnedRepository.isEmpty())
        return object;
    const QString kind = object.value(QLatin1String("kind")).toString();
    QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    if (kind == QLatin1String("Pod")) {
        spec = pinned(spec, options);
    } else if (kPodOwners.contains(kind) || kind == QLatin1String("CronJob")) {
        QJsonObject holder =
            kind == QLatin1String("CronJob")
                ? spec.value(QLatin1String("jobTemplate")).toObject().value(QLatin1String("spec")).toObject()
                : spec;
        QJsonObject podTemplate = holder.value(QLatin1String("template")).toObject();
        podTemplate.insert(QStringLiteral("spec"),
                           pinned(podTemplate.value(QLatin1String("spec")).toObject(), options));
        holder.insert(QStringLiteral("template"), podTemplate);
        if (kind == QLatin1String("CronJob")) {
            QJsonObject jobTemplate = spec.value(QLatin1String("jobTemplate")).toObject();
            jobTemplate.insert(QStringLiteral("spec"), holder);
            spec.insert(QStringLiteral("jobTemplate"), jobTemplate);
        } else {
            spec = holder;
        }
    } else {
        return object;
    }
    object.insert(QStringLiteral("spec"), spec);
    return object;
}

QJsonObject withLabels(QJsonObject object, const QHash<QString, QString> &labels)
{
    if (labels.isEmpty())
        return object;
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    QJsonObject existing = metadata.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        existing.insert(it.key(), it.value());
    metadata.insert(QStringLiteral("labels"), existing);
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

bool complete(const QJsonObject &object)
{
    return !object.value(QLatin1String("apiVersion")).toString().isEmpty() &&
           !object.value(QLatin1String("kind")).toString().isEmpty() &&
           !object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString().isEmpty();
}

} // namespace

QString Manifest::name() const
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

QString Manifest::namespaceName() const
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
}

QByteArray ManifestReader::substitute(const QByteArray &text, const QHash<QString, QString> &variables)
{
    static const QRegularExpression reference(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    const QString source = QString::fromUtf8(text);
    QString result;
    qsizetype at = 0;
    for (auto it = reference.globalMatch(source); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(source).mid(at, match.capturedStart() - at);
        const auto found = variables.constFind(match.captured(1));
        result += found == variables.constEnd() ? match.captured(0) : *found;
        at = match.capturedEnd();
    }
    result += QStringView(source).mid(at);
    return result.toUtf8();
}

std::optional<QList<Manifest>> ManifestReader::fromText(const QByteArray &text, const QString &file,
                                                        const Options &options, QStringList &errors)
{
    pipeline::DefinitionErrors problems;
    const auto documents = pipeline::YamlLoader::loadAll(substitute(text, options.variables), file, problems);
    if (!documents) {
        for (const auto &problem : std::as_const(problems))
            errors.append(
                QStringLiteral("%1:%2:%3: %4").arg(file).arg(problem.line).arg(problem.column).arg(problem.message));
        return std::nullopt;
    }
    QList<Manifest> manifests;
    const qsizetype before = errors.size();
    for (const pipeline::ConfigNode &document : *documents) {
        const QString origin = QStringLiteral("%1:%2").arg(file).arg(document.line);
        const QJsonValue value = document.toJson();
        if (!value.isObject()) {
            errors.append(QStringLiteral("%1: a manifest is a mapping, not %2").arg(origin, document.describeKind()));
            continue;
        }
        QList<QJsonObject> objects{value.toObject()};
        if (objects.first().value(QLatin1String("kind")).toString() == QLatin1String("List")) {
            const QJsonArray items = objects.first().value(QLatin1String("items")).toArray();
            objects.clear();
            for (const QJsonValue &item : items)
                objects.append(item.toObject());
        }
        for (const QJsonObject &object : std::as_const(objects)) {
            if (!complete(object)) {
                errors.append(QStringLiteral("%1: a manifest needs apiVersion, kind and metadata.name").arg(origin));
                continue;
            }
            manifests.append({withLabels(withPinnedImages(object, options), options.labels), origin});
        }
    }
    if (errors.size() > before)
        return std::nullopt;
    return manifests;
}

std::optional<QList<Manifest>> ManifestReader::read(const QString &root, const QString &path, const Options &options,
                                                    QStringList &errors)
{
    const QString clean = QDir::cleanPath(path);
    if (clean.isEmpty() || QDir::isAbsolutePath(clean) || clean == QLatin1String("..") ||
        clean.startsWith(QLatin1String("../"))) {
        errors.append(QStringLiteral("%1: the manifest path must stay inside the repository").arg(path));
        return std::nullopt;
    }
    const QString base = QFileInfo(root).canonicalFilePath();
    const QFileInfo target(QDir(root).filePath(clean));
    if (!target.exists()) {
        errors.append(QStringLiteral("%1: no such file or directory in the repository").arg(path));
        return std::nullopt;
    }
    QStringList files;
    if (target.isDir()) {
        QDirIterator it(target.filePath(),
                        {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
    } else {
        files.append(target.filePath());
    }
    QList<Manifest> all;
    qsizetype total = 0;
    for (const QString &file : std::as_const(files)) {
        const QString relative = QDir(root).relativeFilePath(file);
        // A link may not lead out of the checkout.
        const QString resolved = QFileInfo(file).canonicalFilePath();
        if (resolved.isEmpty() || !QString(resolved + u'/').startsWith(QString(base + u'/'))) {
            errors.append(QStringLiteral("%1: the file lies outside the repository").arg(relative));
            return std::nullopt;
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            errors.append(QStringLiteral("%1: %2").arg(relative, in.errorString()));
            return std::nullopt;
        }
        const QByteArray text = in.read(kMaxTotalBytes + 1);
        total += text.size();
        if (total > kMaxTotalBytes) {
            errors.append(QStringLiteral("%1: the manifests are larger than %2 MiB")
                              .arg(path)
                              .arg(kMaxTotalBytes / (1024 * 1024)));
            return std::nullopt;
        }
        const auto manifests = fromText(text, relative, options, errors);
        if (!manifests)
            return std::nullopt;
        all += *manifests;
        if (all.size() > kMaxObjects) {
            errors.append(QStringLiteral("%1: more than %2 objects").arg(path).arg(kMaxObjects));
            return std::nullopt;
        }
    }
    if (all.isEmpty()) {
        errors.append(QStringLiteral("%1: no manifests found").arg(path));
        return std::nullopt;
    }
    return all;
}

} // namespace adp::server::kube
