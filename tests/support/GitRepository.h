#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

namespace adp::test {

// A throwaway git repository for pipeline tests: commits made with a fixed
// identity, a branch per .gitlab-ci.yml under test.
class GitRepository
{
public:
    // `git init` on `branch`; false when git is missing or refuses.
    bool init(const QString &branch = QStringLiteral("main"));
    // Runs git here; `out` gets its standard output, trimmed.
    bool git(const QStringList &arguments, QString *out = nullptr) const;
    bool writeFile(const QString &relativePath, const QByteArray &content) const;
    // Switches to (or makes) `branch`, writes the files and commits them all.
    bool commitFiles(const QString &branch, const QMap<QString, QByteArray> &files, const QString &message) const;
    // The common case: `branch` with this .gitlab-ci.yml, committed as "CI for <branch>".
    bool commitBranch(const QString &branch, const QByteArray &definition) const;
    QString shaOf(const QString &ref) const;

    QString path() const { return m_directory.path(); }
    QString filePath(const QString &relativePath) const { return m_directory.filePath(relativePath); }

private:
    QTemporaryDir m_directory;
};

} // namespace adp::test
