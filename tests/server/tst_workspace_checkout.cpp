#include "GitRepository.h"
#include "runner/CheckoutMemo.h"
#include "runner/WorkspaceCheckout.h"

#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using adp::server::runner::CheckoutMemo;
using adp::server::runner::CheckoutSnapshot;
using adp::server::runner::WorkspaceCheckout;
using adp::test::GitRepository;

// A job's workspace made from a mirror without cloning it: the commit checked
// out clean, git usable inside (log, describe), origin's branches and the tags
// as a clone would have them, loose refs (a later fetch) winning over packed
// ones, and an unknown commit refused with git's reason. A commit checked out
// before is written again without git, exactly as git wrote it.
class TestWorkspaceCheckout : public QObject
{
    Q_OBJECT

private:
    GitRepository m_source;
    QTemporaryDir m_dir;

    QString mirror() const { return m_dir.filePath(QStringLiteral("mirror.git")); }

    static QString git(const QString &directory, const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), directory} + arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.init());
        QVERIFY(m_source.commitBranch("main", "build:\n  script: echo one\n"));
        QVERIFY(m_source.git({"tag", "-a", "v1", "-m", "first", "main"}));
        QProcess clone; // packed refs, as the server's first fetch leaves them
        clone.start(QStringLiteral("git"), {"clone", "-q", "--mirror", m_source.path(), mirror()});
        QVERIFY(clone.waitForFinished(30000) && clone.exitCode() == 0);
        // Later commits arrive by fetch, as loose refs.
        QVERIFY(m_source.commitBranch("main", "build:\n  script: echo two\n"));
        QVERIFY(m_source.commitBranch("feature", "build:\n  script: echo feature\n"));
        // Every kind of entry a plain checkout writes: nested folders, an executable, a link, odd names.
        QVERIFY(m_source.git({"checkout", "-q", "-b", "shapes", "main"}));
        QVERIFY(m_source.writeFile("src/deep/nested.txt", "nested\n"));
        QVERIFY(m_source.writeFile("run.sh", "#!/bin/sh\necho run\n"));
        QVERIFY(QFile::setPermissions(m_source.filePath("run.sh"), QFile::ReadOwner | QFile::WriteOwner |
                                                                       QFile::ExeOwner | QFile::ReadGroup |
                                                                       QFile::ExeGroup));
        QVERIFY(m_source.writeFile(QStringLiteral("docs/Read me \u00fc.md"), "# doc\n"));
        QVERIFY(QFile::link(QStringLiteral("src/deep/nested.txt"), m_source.filePath("link")));
        QVERIFY(m_source.git({"add", "."}) && m_source.git({"commit", "-q", "-m", "shapes"}));
        git(mirror(), {"fetch", "-q", "--prune", "origin"});
    }

    void theCommitIsCheckedOutWithBranchesAndTags()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("ws-main"));
        const QString head = m_source.shaOf(QStringLiteral("main"));
        QString error;
        QVERIFY2(WorkspaceCheckout::prepare(mirror(), workspace, head, &error), qPrintable(error));
        QCOMPARE(git(workspace, {"rev-parse", "HEAD"}), head);
        QVERIFY(QFile::exists(workspace + QStringLiteral("/.gitlab-ci.yml")));
        QCOMPARE(git(workspace, {"status", "--porcelain"}), QString()); // clean
        QCOMPARE(git(workspace, {"rev-parse", "origin/main"}), head);   // the loose ref, not the packed one
        QCOMPARE(git(workspace, {"rev-parse", "origin/feature"}), m_source.shaOf(QStringLiteral("feature")));
        QCOMPARE(git(workspace, {"describe", "--tags", "HEAD~1"}), QStringLiteral("v1"));
        QCOMPARE(git(workspace, {"log", "-1", "--format=%s"}), QStringLiteral("CI for main"));
        QCOMPARE(git(workspace, {"config", "remote.origin.url"}), QDir(mirror()).absolutePath());
        QVERIFY(!QFile::exists(workspace + QStringLiteral("/.git/hooks"))); // no templates copied

        // An older commit of another branch: the same objects, borrowed.
        const QString older = m_dir.filePath(QStringLiteral("ws-old"));
        const QString tagged = git(workspace, {"rev-parse", "v1^{commit}"});
        QVERIFY2(WorkspaceCheckout::prepare(mirror(), older, tagged, &error), qPrintable(error));
        QCOMPARE(git(older, {"describe", "--tags"}), QStringLiteral("v1"));
    }

    static QByteArray linkTarget(const QString &path)
    {
        QByteArray target(4096, Qt::Uninitialized);
        const ssize_t size = ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
        return size < 0 ? QByteArray() : target.left(size);
    }

    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
    }

    void aCommitCheckedOutBeforeIsWrittenWithoutGit()
    {
        CheckoutMemo memo;
        const QString sha = m_source.shaOf(QStringLiteral("shapes"));
        const QString first = m_dir.filePath(QStringLiteral("ws-shapes-1"));
        QString error;
        WorkspaceCheckout byGit(&memo);
        QVERIFY2(byGit.start(mirror(), first, sha, &error) && byGit.wait(&error), qPrintable(error));
        QVERIFY(memo.find(mirror(), sha));
        // Without the mirror's objects, only the memo can write the next one.
        const QString objects = mirror() + QStringLiteral("/objects");
        const QString away = mirror() + QStringLiteral(".objects");
        QVERIFY(QDir().rename(objects, away));
        const QString second = m_dir.filePath(QStringLiteral("ws-shapes-2"));
        WorkspaceCheckout fromMemo(&memo);
        const bool written = fromMemo.start(mirror(), second, sha, &error) && fromMemo.wait(&error);
        QVERIFY(QDir().rename(away, objects));
        QVERIFY2(written, qPrintable(error));

        for (const QString &path : {QStringLiteral(".gitlab-ci.yml"), QStringLiteral("run.sh"),
                                    QStringLiteral("src/deep/nested.txt"), QStringLiteral("docs/Read me \u00fc.md")}) {
            QCOMPARE(contentOf(second + u'/' + path), contentOf(first + u'/' + path));
            QCOMPARE(QFileInfo(second + u'/' + path).permissions(), QFileInfo(first + u'/' + path).permissions());
        }
        QVERIFY(QFileInfo(second + QStringLiteral("/run.sh")).isExecutable());
        QVERIFY(QFileInfo(second + QStringLiteral("/link")).isSymLink());
        QCOMPARE(linkTarget(second + QStringLiteral("/link")), QByteArray("src/deep/nested.txt"));
        // The index holds the new files' stat data: clean even to a git that does not look again.
        QCOMPARE(git(second, {"diff-files", "--name-status"}), QString());
        QCOMPARE(git(second, {"status", "--porcelain"}), QString());
        QCOMPARE(git(second, {"ls-files", "-s"}), git(first, {"ls-files", "-s"}));
        QCOMPARE(git(second, {"describe", "--tags", "--dirty", "--abbrev=40"}), QStringLiteral("v1-2-g") + sha);
        QCOMPARE(git(second, {"rev-parse", "--abbrev-ref", "HEAD"}), QStringLiteral("HEAD")); // detached
        QCOMPARE(git(second, {"reflog", "-1", "--format=%gs"}), git(first, {"reflog", "-1", "--format=%gs"}));
        QCOMPARE(git(second, {"rev-parse", "origin/feature"}), m_source.shaOf(QStringLiteral("feature")));
    }

    // Only a workspace still as git wrote it is remembered, and only within the limits.
    void aWorkspaceNoLongerAsGitWroteItIsNotTaken()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("ws-changed"));
        QString error;
        QVERIFY2(WorkspaceCheckout::prepare(mirror(), workspace, m_source.shaOf(QStringLiteral("shapes")), &error),
                 qPrintable(error));
        QVERIFY(CheckoutSnapshot::read(workspace, {}));
        QVERIFY(!CheckoutSnapshot::read(workspace, {3, 1 << 20})); // more files
        QVERIFY(!CheckoutSnapshot::read(workspace, {100, 16}));    // more bytes
        const QString nested = workspace + QStringLiteral("/src/deep/nested.txt");
        QFile changed(nested);
        QVERIFY(changed.open(QIODevice::WriteOnly) && changed.write("changed\n") > 0);
        changed.close();
        QVERIFY(!CheckoutSnapshot::read(workspace, {}));
        QVERIFY(changed.open(QIODevice::WriteOnly) && changed.write("nested\n") > 0);
        changed.close();
        QVERIFY(CheckoutSnapshot::read(workspace, {}));
        QVERIFY(QFile::remove(nested) && QFile::link(QStringLiteral("/etc/hostname"), nested)); // a link for a file
        QVERIFY(!CheckoutSnapshot::read(workspace, {}));
    }

    void anUnknownCommitIsRefused()
    {
        QString error;
        QVERIFY(!WorkspaceCheckout::prepare(mirror(), m_dir.filePath(QStringLiteral("ws-bad")),
                                            QStringLiteral("0123456789012345678901234567890123456789"), &error));
        QVERIFY2(!error.isEmpty(), "git says why");
    }
};

QTEST_MAIN(TestWorkspaceCheckout)
#include "tst_workspace_checkout.moc"
