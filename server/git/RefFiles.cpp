#include "RefFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace adp::server::git {

namespace {

// A SHA-1 or SHA-256 object id in lower-case hex.
bool isObjectId(const QByteArray &text)
{
    if (text.size() != 40 && text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

void readPacked(const QString &gitDir, RefFiles::Reading &reading)
{
    QFile packed(QDir(gitDir).filePath(QStringLiteral("packed-refs")));
    if (!packed.exists())
        return;
    if (!packed.open(QIODevice::ReadOnly)) {
        reading.plain = false;
        return;
    }
    RefFiles::Ref *last = nullptr; // the ref a "^<id>" line peels
    for (const QByteArray &line : packed.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('^')) {
            if (last && isObjectId(line.mid(1)))
                last->peeled = line.mid(1);
            else
                reading.plain = false;
            continue;
        }
        const qsizetype space = line.indexOf(' ');
        const QByteArray id = line.left(space);
        const QByteArray name = space < 0 ? QByteArray() : line.mid(space + 1);
        if (!isObjectId(id) || !name.startsWith("refs/")) {
            reading.plain = false;
            last = nullptr;
            continue;
        }
        last = &reading.refs[name];
        *last = {id, {}};
    }
}

void readLoose(const QString &gitDir, RefFiles::Reading &reading)
{
    const QDir root(gitDir);
    QDirIterator entries(root.filePath(QStringLiteral("refs")),
                         QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        entries.next();
        const QFileInfo entry = entries.fileInfo();
        if (entry.isSymLink()) { // a symbolic ref of old, or a link out of the repository
            reading.plain = false;
            continue;
        }
        if (entry.isDir())
            continue;
        QFile file(entry.filePath());
        const QByteArray id = file.open(QIODevice::ReadOnly) ? file.read(100).trimmed() : QByteArray();
        const QByteArray name = root.relativeFilePath(entry.filePath()).toUtf8();
        if (id.startsWith("ref: refs/") && !name.endsWith(".lock")) {
            reading.symbolic.insert(name, id.mid(5));
            continue;
        }
        // "*.lock" (an update under way) and whatever else git may write are git's to read.
        if (!isObjectId(id) || name.endsWith(".lock")) {
            reading.plain = false;
            continue;
        }
        reading.refs.insert(name, {id, {}});
    }
}

} // namespace

RefFiles::Reading RefFiles::read(const QString &gitDir)
{
    Reading reading;
    readPacked(gitDir, reading);
    readLoose(gitDir, reading);
    return reading;
}

std::optional<QString> RefFiles::gitDirOf(const QString &localUrl)
{
    const QString path = localUrl.startsWith(QStringLiteral("file://")) ? QUrl(localUrl).toLocalFile() : localUrl;
    if (!path.startsWith(u'/'))
        return std::nullopt;
    const QDir directory(path);
    const QFileInfo dotGit(directory.filePath(QStringLiteral(".git")));
    QString gitDir;
    if (dotGit.isDir() && !dotGit.isSymLink())
        gitDir = dotGit.filePath();
    else if (!dotGit.exists() && QFileInfo(directory.filePath(QStringLiteral("HEAD"))).isFile() &&
             QFileInfo(directory.filePath(QStringLiteral("objects"))).isDir())
        gitDir = path;
    else
        return std::nullopt;
    const QDir git(gitDir);
    if (QFileInfo::exists(git.filePath(QStringLiteral("commondir"))) ||
        !QFileInfo(git.filePath(QStringLiteral("refs"))).isDir())
        return std::nullopt;
    return gitDir;
}

} // namespace adp::server::git
