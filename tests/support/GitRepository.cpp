#include "GitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace adp::test {

bool GitRepository::init(const QString &branch)
{
    return git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), branch});
}

bool GitRepository::git(const QStringList &arguments, QString *out) const
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                              QStringLiteral("user.email=t@example.test")} +
                      arguments);
    const bool ok = process.waitForFinished(30000) && process.exitCode() == 0;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return ok;
}

bool GitRepository::writeFile(const QString &relativePath, const QByteArray &content) const
{
    const QString path = m_directory.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool GitRepository::commitFiles(const QString &branch, const QMap<QString, QByteArray> &files,
                                const QString &message) const
{
    if (!git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-B"), branch}))
        return false;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (!writeFile(it.key(), it.value()))
            return false;
    }
    return git({QStringLiteral("add"), QStringLiteral(".")}) &&
           git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
}

bool GitRepository::commitBranch(const QString &branch, const QByteArray &definition) const
{
    return commitFiles(branch, {{QStringLiteral(".gitlab-ci.yml"), definition}}, QStringLiteral("CI for ") + branch);
}

QString GitRepository::shaOf(const QString &ref) const
{
    QString sha;
    git({QStringLiteral("rev-parse"), ref}, &sha);
    return sha;
}

} // namespace adp::test
