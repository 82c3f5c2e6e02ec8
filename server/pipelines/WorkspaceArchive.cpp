#include "WorkspaceArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

namespace adp::server::pipelines {

namespace {

constexpr int kTarTimeoutMs = 30 * 60 * 1000;

// A GitLab path pattern as an anchored regular expression over relative paths.
QRegularExpression patternOf(QString glob)
{
    while (glob.startsWith(QStringLiteral("./")))
        glob.remove(0, 2);
    while (glob.endsWith(u'/'))
        glob.chop(1);
    QString regex;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            // "**/" matches any number of directories, including none; "**" alone anything.
            if (i + 2 < glob.size() && glob.at(i + 2) == u'/') {
                regex += QStringLiteral("(?:.*/)?");
                i += 2;
            } else {
                regex += QStringLiteral(".*");
                ++i;
            }
        } else if (c == u'*') {
            regex += QStringLiteral("[^/]*");
        } else if (c == u'?') {
            regex += QStringLiteral("[^/]");
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 1);
            if (close < 0) {
                regex += QStringLiteral("\\[");
            } else {
                QString set = glob.mid(i + 1, close - i - 1);
                if (set.startsWith(u'!'))
                    set[0] = u'^';
                regex += u'[' + set.replace(QStringLiteral("\\"), QStringLiteral("\\\\")) + u']';
                i = close;
            }
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex));
}

// Does the pattern name this path or one of the directories it is in?
bool names(const QRegularExpression &pattern, const QString &path)
{
    QString candidate = path;
    while (true) {
        if (pattern.match(candidate).hasMatch())
            return true;
        const qsizetype slash = candidate.lastIndexOf(u'/');
        if (slash < 0)
            return false;
        candidate.truncate(slash);
    }
}

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

// Files git does not track, ignored ones included.
QSet<QString> untrackedIn(const QString &workspace)
{
    QProcess git;
    git.setWorkingDirectory(workspace);
    git.start(QStringLiteral("git"), {QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--others")});
    git.waitForFinished(kTarTimeoutMs);
    QSet<QString> files;
    for (const QByteArray &name : git.readAllStandardOutput().split('\0')) {
        if (!name.isEmpty())
            files.insert(QString::fromUtf8(name));
    }
    return files;
}

} // namespace

WorkspaceArchive::Selection WorkspaceArchive::select(const QString &workspace, const QStringList &paths,
                                                     const QStringList &exclude, bool untracked)
{
    Selection selection;
    const QSet<QString> untrackedFiles = untracked ? untrackedIn(workspace) : QSet<QString>();
    QList<QPair<QString, QRegularExpression>> included;
    for (const QString &path : paths) {
        if (pointsOutside(path))
            selection.warnings.append(QStringLiteral("%1: not inside the project directory, left out").arg(path));
        else
            included.append({path, patternOf(path)});
    }
    QList<QRegularExpression> excluded;
    for (const QString &path : exclude)
        excluded.append(patternOf(path));
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
        bool wanted = untrackedFiles.contains(relative);
        for (qsizetype i = 0; i < included.size(); ++i) {
            if (names(included.at(i).second, relative)) {
                wanted = true;
                matched[i] = true;
            }
        }
        for (const QRegularExpression &pattern : excluded)
            wanted = wanted && !names(pattern, relative);
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

std::optional<QString> WorkspaceArchive::pack(const QString &workspace, const QStringList &files, const QString &archivePath)
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
    // GNU tar refuses members with ".." or an absolute name and defers unsafe links.
    return runTar({QStringLiteral("--extract"), QStringLiteral("--gzip"), QStringLiteral("--file"), archivePath,
                   QStringLiteral("--no-same-owner"), QStringLiteral("--no-same-permissions")},
                  workspace);
}

QString WorkspaceArchive::expand(const QString &text, const QStringList &environment)
{
    static const QRegularExpression reference(QStringLiteral("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = reference.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        const QString prefix = name + u'=';
        for (auto it = environment.crbegin(); it != environment.crend(); ++it) {
            if (it->startsWith(prefix)) {
                result += it->mid(prefix.size());
                break;
            }
        }
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

} // namespace adp::server::pipelines
