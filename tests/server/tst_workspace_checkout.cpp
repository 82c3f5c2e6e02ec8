#include "GitRepository.h"
#include "runner/WorkspaceCheckout.h"

#include <QTemporaryDir>
#include <QtTest>

using adp::server::runner::WorkspaceCheckout;
using adp::test::GitRepository;

// A job's workspace made from a mirror without cloning it: the commit checked
// out clean, git usable inside (log, describe), origin's branches and the tags
// as a clone would have them, loose refs (a later fetch) winning over packed
// ones, and an unknown commit refused with git's reason.
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
