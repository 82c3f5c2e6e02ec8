#include "WorkspaceArchive.h"

#include "ArchiveExtractor.h"
#include "git/RepositoryMirror.h"
#include "shared/pipeline/PathGlob.h"
#include "shared/pipeline/VariableExpansion.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

namespace adp::server::runner {

namespace {

constexpr int kTarTimeoutMs = 30 * 60 * 1000;

bool pointsOutside(const QString &pattern)
{
    return pattern.startsWith(u'/') || pattern == QStringLiteral("..") || pattern.startsWith(QStringLiteral("../")) ||
           pattern.contains(QStringLiteral("/../")) || pattern.endsWith(QStringLiteral("/.."));
}

std::optional<QString> runTar(const QStringList &arguments, const QString &directory, const QByteArray &input = {})
{
    QProcess tar;
    tar.setWorkingDirectory(directory);
    tar.start(QStringLiteral("tar"), arguments);
    if (!tar.waitForStarted(10000))
        return QStringLiteral("tar could not be started");
    if (!input.isEmpty())
        tar.write(input);
    tar.closeWriteChannel();
    if (!tar.waitForFinished(kTarTimeoutMs) || tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0) {
        tar.kill();
        const QString error = QString::fromUtf8(tar.readAllStandardError()).trimmed();
        return error.isEmpty() ? QStringLiteral("tar failed") : error;
    }
    return std::nullopt;
}

} // namespace

WorkspaceArchive::Selection WorkspaceArchive::select(const QString &workspace, const QStringList &paths,
                                                     const QStringList &exclude,
                                                     const std::optional<QSet<QString>> &tracked)
{
    Selection selection;
    QList<QPair<QString, pipeline::PathGlob>> included;
    for (const QString &path : paths) {
        if (pointsOutside(path))
            selection.warnings.append(QStringLiteral("%1: not inside the project directory, left out").arg(path));
        else
            included.append({path, pipeline::PathGlob(path)});
    }
    QList<pipeline::PathGlob> excluded;
    for (const QString &path : exclude)
        excluded.append(pipeline::PathGlob(path));
    QList<bool> matched(included.size(), false);
    const QDir root(workspace);
    // Symbolic links are kept as links, never followed: nothing outside the workspace gets in.
    QDirIterator walk(workspace, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                      QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString relative = root.relativeFilePath(walk.next());
        const QFileInfo info = walk.fileInfo();
        if (relative == u".git" || relative.startsWith(QStringLiteral(".git/")))
            continue;
        if (info.isDir() && !info.isSymLink())
            continue; // directories come with their files; empty ones are not kept
        bool wanted = tracked && !tracked->contains(relative);
        for (qsizetype i = 0; i < included.size(); ++i) {
            if (included.at(i).second.coversPath(relative)) {
                wanted = true;
                matched[i] = true;
            }
        }
        for (const pipeline::PathGlob &pattern : excluded)
            wanted = wanted && !pattern.coversPath(relative);
        if (wanted)
            selection.files.append(relative);
    }
    for (qsizetype i = 0; i < included.size(); ++i) {
        if (!matched.at(i))
            selection.warnings.append(QStringLiteral("%1: no matching files").arg(included.at(i).first));
    }
    selection.files.sort();
    return selection;
}

std::optional<QSet<QString>> WorkspaceArchive::trackedFiles(const QString &gitDirectory, const QString &sha)
{
    const git::RepositoryMirror::GitResult listed =
        git::RepositoryMirror::git({QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("-z"),
                                    QStringLiteral("--name-only"), QStringLiteral("--full-tree"), sha},
                                   gitDirectory);
    if (listed.exitCode != 0)
        return std::nullopt;
    QSet<QString> files;
    for (const QByteArray &name : listed.out.split('\0')) {
        if (!name.isEmpty())
            files.insert(QString::fromUtf8(name));
    }
    return files;
}

std::optional<QString> WorkspaceArchive::pack(const QString &workspace, const QStringList &files,
                                              const QString &archivePath)
{
    QByteArray list;
    for (const QString &file : files)
        list += file.toUtf8() + '\0';
    // An explicit list: tar neither recurses nor reads a name as an option.
    return runTar({QStringLiteral("--create"), QStringLiteral("--gzip"), QStringLiteral("--file"), archivePath,
                   QStringLiteral("--no-recursion"), QStringLiteral("--null"), QStringLiteral("--verbatim-files-from"),
                   QStringLiteral("--files-from=-")},
                  workspace, list);
}

std::optional<QString> WorkspaceArchive::unpack(const QString &archivePath, const QString &workspace)
{
    return ArchiveExtractor::extract(archivePath, workspace);
}

QString WorkspaceArchive::expand(const QString &text, const QStringList &environment)
{
    return pipeline::expandVariables(text, [&environment](const QString &name) {
        const QString prefix = name + u'=';
        for (auto it = environment.crbegin(); it != environment.crend(); ++it) { // the last setting wins
            if (it->startsWith(prefix))
                return it->mid(prefix.size());
        }
        return QString();
    });
}

} // namespace adp::server::runner
