#include "LintCommand.h"

#include "Output.h"
#include "shared/pipeline/Lint.h"
#include "shared/pipeline/YamlLoader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace adp::cli {

namespace {

// The repository a file belongs to: the nearest directory above it with .git, else its own directory.
QString repositoryRootOf(const QString &file)
{
    QDir directory = QFileInfo(file).absoluteDir();
    const QDir start = directory;
    do {
        if (directory.exists(QStringLiteral(".git")))
            return directory.absolutePath();
    } while (directory.cdUp());
    return start.absolutePath();
}

std::optional<QByteArray> readInside(const QString &root, const QString &path)
{
    const QString full = QDir::cleanPath(root + u'/' + path);
    if (!full.startsWith(root + u'/'))
        return std::nullopt; // include: local stays inside the repository
    QFile file(full);
    if (!file.open(QIODevice::ReadOnly) || file.size() > pipeline::YamlLoader::kMaxBytes)
        return std::nullopt;
    return file.readAll();
}

} // namespace

int LintCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return m_context.usage(tr("lint takes one file (default .gitlab-ci.yml)"));
    const QString path = positional.value(0, QStringLiteral(".gitlab-ci.yml"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_context.err() << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return ExitError;
    }
    const QString root = repositoryRootOf(path);
    const auto report =
        pipeline::LintReport::of(file.read(pipeline::YamlLoader::kMaxBytes + 1),
                                 [root](const QString &included) { return readInside(root, included); });
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        Output(m_context.out(), OutputFormat::Json).json(report.toJson());
        return report.valid ? ExitOk : ExitError;
    }
    for (const pipeline::DefinitionError &warning : report.warnings)
        m_context.err() << tr("warning: %1").arg(warning.toString()) << Qt::endl;
    if (!report.valid) {
        for (const pipeline::DefinitionError &error : report.errors)
            m_context.err() << path << u':' << error.toString() << Qt::endl;
        m_context.err() << tr("%1 is not valid: %n error(s).", nullptr, int(report.errors.size())).arg(path)
                        << Qt::endl;
        return ExitError;
    }
    QList<QStringList> rows{{tr("STAGE"), tr("JOB"), tr("WHEN"), tr("NEEDS")}};
    for (const QJsonValue &value : report.graph.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject job = value.toObject();
        QStringList needs;
        for (const QJsonValue &need : job.value(QStringLiteral("needs")).toArray())
            needs.append(need.toString());
        const QString needsText = !job.contains(QStringLiteral("needs")) ? tr("(earlier stages)")
                                  : needs.isEmpty()                      ? tr("(none: starts at once)")
                                                                         : needs.join(QStringLiteral(", "));
        rows.append({job.value(QStringLiteral("stage")).toString(), job.value(QStringLiteral("name")).toString(),
                     job.value(QStringLiteral("when")).toString(), needsText});
    }
    m_context.out() << Output::table(rows);
    m_context.out() << tr("%1 is valid: %n job(s).", nullptr, int(rows.size() - 1)).arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace adp::cli
