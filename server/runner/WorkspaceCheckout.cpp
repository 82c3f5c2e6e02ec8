#include "WorkspaceCheckout.h"

#include "git/RepositoryMirror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace adp::server::runner {

namespace {

bool git(const QStringList &arguments, QString *error)
{
    const git::RepositoryMirror::GitResult result = git::RepositoryMirror::git(arguments, {}, 10 * 60 * 1000);
    if (result.exitCode == 0)
        return true;
    *error = QString::fromUtf8(result.err).trimmed();
    return false;
}

bool writeFile(const QString &path, const QByteArray &content, bool append = false)
{
    QFile file(path);
    return file.open(append ? QIODevice::Append : QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A value for git's config file, quoted.
QByteArray quoted(const QString &value)
{
    QString text = value;
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + text.toUtf8() + '"';
}

const QRegularExpression &objectId()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{40}$"));
    return pattern;
}

} // namespace

QString WorkspaceCheckout::objectsOf(const QString &mirror)
{
    return QDir(mirror).absoluteFilePath(QStringLiteral("objects"));
}

QByteArray WorkspaceCheckout::packedRefsFrom(const QString &mirror)
{
    // ref -> its line(s): the object and, for an annotated tag, the commit it peels to.
    QMap<QByteArray, QByteArray> refs;
    QFile packed(QDir(mirror).filePath(QStringLiteral("packed-refs")));
    if (packed.open(QIODevice::ReadOnly)) {
        QByteArray last;
        for (const QByteArray &line : packed.readAll().split('\n')) {
            if (line.startsWith('^') && !last.isEmpty())
                refs[last] += line + '\n'; // peeled: belongs to the tag above it
            const qsizetype space = line.indexOf(' ');
            if (line.startsWith('#') || line.startsWith('^') || space != 40)
                continue;
            last = line.mid(41);
            refs.insert(last, line + '\n');
        }
    }
    // Loose refs are newer than packed ones of the same name.
    for (const QString &kind : {QStringLiteral("refs/heads"), QStringLiteral("refs/tags")}) {
        QDirIterator loose(QDir(mirror).filePath(kind), QDir::Files, QDirIterator::Subdirectories);
        while (loose.hasNext()) {
            const QString path = loose.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray id = file.readAll().trimmed();
            if (!objectId().match(QString::fromLatin1(id)).hasMatch())
                continue;
            const QByteArray name = (kind + u'/' + QDir(QDir(mirror).filePath(kind)).relativeFilePath(path)).toUtf8();
            refs.insert(name, id + ' ' + name + '\n');
        }
    }
    QByteArray text;
    for (auto ref = refs.cbegin(); ref != refs.cend(); ++ref) {
        if (ref.key().startsWith("refs/heads/")) {
            const QByteArray remote = "refs/remotes/origin/" + ref.key().mid(11);
            text += ref.value().left(41) + remote + '\n';
        } else if (ref.key().startsWith("refs/tags/")) {
            text += ref.value();
        }
    }
    return text;
}

bool WorkspaceCheckout::prepare(const QString &mirror, const QString &workspace, const QString &sha, QString *error)
{
    // The repository is written here rather than by `git init` (what it would write with no
    // template): a process less before every job, on machines where starting one costs milliseconds.
    const QString dotGit = QDir(workspace).filePath(QStringLiteral(".git"));
    const QString origin = QDir(mirror).absolutePath();
    bool written = true;
    for (const char *directory : {"objects/info", "objects/pack", "refs/heads", "refs/tags"})
        written = written && QDir().mkpath(dotGit + u'/' + QLatin1String(directory));
    written = written && writeFile(dotGit + QStringLiteral("/HEAD"), "ref: refs/heads/main\n") &&
              writeFile(dotGit + QStringLiteral("/objects/info/alternates"), objectsOf(mirror).toUtf8() + '\n') &&
              writeFile(dotGit + QStringLiteral("/packed-refs"), packedRefsFrom(mirror)) &&
              writeFile(dotGit + QStringLiteral("/config"),
                        "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n"
                        "\tlogallrefupdates = true\n[remote \"origin\"]\n\turl = " +
                            quoted(origin) + "\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
    if (!written) {
        *error = QStringLiteral("the workspace's .git cannot be written");
        return false;
    }
    return git({QStringLiteral("-C"), workspace, QStringLiteral("checkout"), QStringLiteral("--quiet"),
                QStringLiteral("--detach"), sha},
               error);
}

} // namespace adp::server::runner
