#include "GitRepository.h"
#include "ProgramOnPath.h"
#include "git/MirrorMemo.h"
#include "git/RefFiles.h"
#include "git/RepositoryMirror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using adp::server::git::MirrorMemo;
using adp::server::git::RefFiles;
using adp::server::git::RepositoryMirror;
using adp::test::GitRepository;
using adp::test::ProgramOnPath;

// A project's mirror of a repository on this machine, looked at without git where the files
// answer: refs read from loose files and packed-refs, a fetch left out when the mirror already
// holds every ref, commits and files of a commit remembered. Every change in the repository
// (a branch moved, deleted or added, a tag, packed refs) still reaches the mirror; git is
// counted through a wrapper first on PATH that logs each run.
class TestRepositoryMirror : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_logs;
    QString m_gitLog;
    std::unique_ptr<ProgramOnPath> m_git;

    void forgetGitRuns() { QFile::remove(m_gitLog); }
    QStringList gitRuns() const { return ProgramOnPath::runsIn(m_gitLog); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!ProgramOnPath::real(QStringLiteral("git")).isEmpty());
        m_gitLog = m_logs.filePath(QStringLiteral("git.log"));
        m_git = std::make_unique<ProgramOnPath>(QStringLiteral("git"),
                                                ProgramOnPath::loggingWrapper(QStringLiteral("git"), m_gitLog));
        QVERIFY(m_git->ok());
    }

    void cleanupTestCase() { m_git.reset(); }

    void refsAreReadFromLooseFilesAndPackedRefs()
    {
        GitRepository repository;
        QVERIFY(repository.init());
        QVERIFY(repository.commitBranch(QStringLiteral("main"), "a:\n  script: echo a\n"));
        QVERIFY(repository.git({"tag", "-a", "v1", "-m", "annotated", "main"}));
        QVERIFY(repository.git({"tag", "light", "main"}));
        QVERIFY(repository.git({"pack-refs", "--all"}));
        const QString first = repository.shaOf(QStringLiteral("main"));
        QVERIFY(repository.commitBranch(QStringLiteral("main"), "a:\n  script: echo b\n")); // loose, newer
        QVERIFY(repository.commitBranch(QStringLiteral("feature/x"), "a:\n  script: echo c\n"));

        const RefFiles::Reading reading = RefFiles::read(repository.filePath(QStringLiteral(".git")));
        QVERIFY(reading.plain);
        QCOMPARE(reading.refs.keys(),
                 (QList<QByteArray>{"refs/heads/feature/x", "refs/heads/main", "refs/tags/light", "refs/tags/v1"}));
        QCOMPARE(reading.refs.value("refs/heads/main").id, repository.shaOf(QStringLiteral("main")).toLatin1());
        QCOMPARE(reading.refs.value("refs/heads/feature/x").id,
                 repository.shaOf(QStringLiteral("feature/x")).toLatin1());
        QCOMPARE(reading.refs.value("refs/tags/light").id, first.toLatin1());
        QCOMPARE(reading.refs.value("refs/tags/v1").id, repository.shaOf(QStringLiteral("refs/tags/v1")).toLatin1());
        QCOMPARE(reading.refs.value("refs/tags/v1").peeled, first.toLatin1()); // the commit the tag points to
    }

    void refsGitMustReadAreReported()
    {
        GitRepository repository;
        QVERIFY(repository.init());
        QVERIFY(repository.commitBranch(QStringLiteral("main"), "a:\n  script: echo a\n"));
        const QString gitDir = repository.filePath(QStringLiteral(".git"));
        QVERIFY(repository.git({"symbolic-ref", "refs/heads/alias", "refs/heads/main"}));
        RefFiles::Reading reading = RefFiles::read(gitDir);
        QVERIFY(reading.plain);
        QVERIFY(!reading.refs.contains("refs/heads/alias"));
        QCOMPARE(reading.symbolic.value("refs/heads/alias"), QByteArray("refs/heads/main"));
        QVERIFY(reading.refs.contains("refs/heads/main"));
        QVERIFY(repository.writeFile(QStringLiteral(".git/refs/heads/main.lock"), "")); // an update under way
        QVERIFY(!RefFiles::read(gitDir).plain);
        QVERIFY(QFile::remove(repository.filePath(QStringLiteral(".git/refs/heads/main.lock"))));
        QVERIFY(QFile::link(repository.filePath(QStringLiteral(".git/refs/heads/main")),
                            repository.filePath(QStringLiteral(".git/refs/heads/linked"))));
        reading = RefFiles::read(gitDir);
        QVERIFY(!reading.plain);
        QVERIFY(!reading.refs.contains("refs/heads/linked"));
        QVERIFY(QFile::remove(repository.filePath(QStringLiteral(".git/refs/heads/linked"))));
        QVERIFY(repository.writeFile(QStringLiteral(".git/packed-refs"), "# pack-refs with: peeled\nnot a ref line\n"));
        QVERIFY(!RefFiles::read(gitDir).plain);
    }

    void gitDirectoriesOfLocalUrls()
    {
        GitRepository work;
        QVERIFY(work.init());
        QVERIFY(work.commitBranch(QStringLiteral("main"), "a:\n  script: echo a\n"));
        QCOMPARE(RefFiles::gitDirOf(work.path()), work.filePath(QStringLiteral(".git")));
        QCOMPARE(RefFiles::gitDirOf(QStringLiteral("file://") + work.path()), work.filePath(QStringLiteral(".git")));

        QTemporaryDir bare;
        QVERIFY(work.git({"clone", "-q", "--bare", work.path(), bare.filePath(QStringLiteral("b.git"))}));
        QCOMPARE(RefFiles::gitDirOf(bare.filePath(QStringLiteral("b.git"))), bare.filePath(QStringLiteral("b.git")));

        // A linked worktree's .git is a file, and its refs live elsewhere: git's to read.
        QVERIFY(work.git({"worktree", "add", "-q", bare.filePath(QStringLiteral("linked")), "-b", "side"}));
        QCOMPARE(RefFiles::gitDirOf(bare.filePath(QStringLiteral("linked"))), std::nullopt);
        QCOMPARE(RefFiles::gitDirOf(bare.path()), std::nullopt); // not a repository
        QCOMPARE(RefFiles::gitDirOf(QStringLiteral("relative/path")), std::nullopt);
    }

    void aMirrorSeesEveryChangeAndRunsNoGitWhenNothingMoved()
    {
        GitRepository repository;
        QVERIFY(repository.init());
        QVERIFY(repository.commitFiles(QStringLiteral("main"),
                                       {{QStringLiteral(".gitlab-ci.yml"), "a:\n  script: x\n"}},
                                       QStringLiteral("First\n\nbody")));
        QTemporaryDir data;
        RepositoryMirror mirror(data.filePath(QStringLiteral("mirrors")));
        auto commit = mirror.resolve(1, repository.path(), QStringLiteral("main"));
        QVERIFY(commit.ok());
        QCOMPARE(commit.value().sha, repository.shaOf(QStringLiteral("main")));

        // Nothing moved: neither a fetch nor a read of the commit, the same answer.
        forgetGitRuns();
        const auto again = mirror.resolve(1, repository.path(), QStringLiteral("main"));
        QVERIFY(again.ok());
        QCOMPARE(gitRuns(), QStringList());
        QCOMPARE(again.value().sha, commit.value().sha);
        QCOMPARE(again.value().message, QStringLiteral("First\n\nbody"));
        QVERIFY(!again.value().isTag);
        const auto file = mirror.readFile(1, commit.value().sha, QStringLiteral(".gitlab-ci.yml"), 1000);
        QCOMPARE(file, QByteArray("a:\n  script: x\n"));
        forgetGitRuns();
        QCOMPARE(mirror.readFile(1, commit.value().sha, QStringLiteral("./.gitlab-ci.yml"), 1000), file);
        QCOMPARE(mirror.readFile(1, commit.value().sha, QStringLiteral(".gitlab-ci.yml"), 5), std::nullopt); // too big
        QCOMPARE(gitRuns(), QStringList());

        // The branch moves: fetched, and the new commit is the answer.
        QVERIFY(repository.commitFiles(QStringLiteral("main"),
                                       {{QStringLiteral(".gitlab-ci.yml"), "a:\n  script: y\n"}},
                                       QStringLiteral("Second")));
        forgetGitRuns();
        commit = mirror.resolve(1, repository.path(), QStringLiteral("main"));
        QVERIFY(commit.ok());
        QCOMPARE(commit.value().sha, repository.shaOf(QStringLiteral("main")));
        QCOMPARE(commit.value().message, QStringLiteral("Second"));
        QVERIFY(gitRuns().join(u'\n').contains(QStringLiteral("fetch")));
        // A branch reading the same file name at the new commit reads the new content.
        QCOMPARE(mirror.readFile(1, commit.value().sha, QStringLiteral(".gitlab-ci.yml"), 1000),
                 QByteArray("a:\n  script: y\n"));

        // A new annotated tag (packed), then a branch deleted: each reaches the mirror.
        QVERIFY(repository.git({"tag", "-a", "v2", "-m", "release", "main"}));
        QVERIFY(repository.git({"pack-refs", "--all"}));
        const auto tag = mirror.resolve(1, repository.path(), QStringLiteral("v2"));
        QVERIFY(tag.ok());
        QVERIFY(tag.value().isTag);
        QCOMPARE(tag.value().sha, commit.value().sha);
        forgetGitRuns();
        QVERIFY(mirror.resolve(1, repository.path(), QStringLiteral("v2")).ok());
        QCOMPARE(gitRuns(), QStringList()); // the tag's own id was remembered with its commit

        QVERIFY(repository.commitBranch(QStringLiteral("doomed"), "a:\n  script: z\n"));
        QVERIFY(mirror.resolve(1, repository.path(), QStringLiteral("doomed")).ok());
        QVERIFY(repository.git({"checkout", "-q", "main"}));
        QVERIFY(repository.git({"branch", "-D", "doomed"}));
        QVERIFY(!mirror.resolve(1, repository.path(), QStringLiteral("doomed")).ok());
    }

    void aCloneWithOriginHeadIsLookedAtWithoutGit()
    {
        GitRepository upstream;
        QVERIFY(upstream.init());
        QVERIFY(upstream.commitBranch(QStringLiteral("main"), "a:\n  script: x\n"));
        QTemporaryDir place;
        const QString clone = place.filePath(QStringLiteral("clone"));
        QVERIFY(upstream.git({"clone", "-q", upstream.path(), clone}));
        QVERIFY(QFile::exists(clone + QStringLiteral("/.git/refs/remotes/origin/HEAD"))); // symbolic
        QTemporaryDir data;
        RepositoryMirror mirror(data.filePath(QStringLiteral("mirrors")));
        QVERIFY(mirror.resolve(3, clone, QStringLiteral("main")).ok());
        const QString expected = upstream.shaOf(QStringLiteral("main"));
        forgetGitRuns();
        QCOMPARE(mirror.resolve(3, clone, QStringLiteral("main")).value().sha, expected);
        QCOMPARE(gitRuns(), QStringList());
    }

    void aChangedRepositoryUrlIsFetchedFrom()
    {
        GitRepository first;
        GitRepository second;
        QVERIFY(first.init());
        QVERIFY(second.init());
        QVERIFY(first.commitBranch(QStringLiteral("main"), "a:\n  script: one\n"));
        QVERIFY(second.commitBranch(QStringLiteral("main"), "a:\n  script: two\n"));
        QTemporaryDir data;
        RepositoryMirror mirror(data.filePath(QStringLiteral("mirrors")));
        QCOMPARE(mirror.resolve(7, first.path(), QStringLiteral("main")).value().sha,
                 first.shaOf(QStringLiteral("main")));
        // The project now names another repository: its commits, not the first one's.
        QCOMPARE(mirror.resolve(7, second.path(), QStringLiteral("main")).value().sha,
                 second.shaOf(QStringLiteral("main")));
    }

    void theMemoStaysWithinItsBudget()
    {
        MirrorMemo memo(4096, 100);
        memo.rememberCommit(1, QStringLiteral("a"), {QStringLiteral("a"), QStringLiteral("message")});
        memo.rememberCommit(1, QStringLiteral("b"), {QStringLiteral("b"), std::nullopt});
        QCOMPARE(memo.commit(1, QStringLiteral("a"))->message, QStringLiteral("message"));
        QCOMPARE(memo.commit(2, QStringLiteral("a")), std::nullopt); // another project's mirror
        QCOMPARE(memo.commit(1, QStringLiteral("b"))->message, std::nullopt);
        // Known only to be there, then read: the message is kept.
        memo.rememberCommit(1, QStringLiteral("b"), {QStringLiteral("b"), QStringLiteral("now read")});
        QCOMPARE(memo.commit(1, QStringLiteral("b"))->message, QStringLiteral("now read"));
        memo.rememberFile(1, QStringLiteral("a"), QStringLiteral("big"), QByteArray(1000, 'x')); // > 1/8 of the budget
        QCOMPARE(memo.file(1, QStringLiteral("a"), QStringLiteral("big")), std::nullopt);
        for (int i = 0; i < 20; ++i)
            memo.rememberFile(1, QStringLiteral("a"), QString::number(i), QByteArray(400, 'y'));
        QCOMPARE(memo.file(1, QStringLiteral("a"), QStringLiteral("19")), QByteArray(400, 'y'));
        QCOMPARE(memo.file(1, QStringLiteral("a"), QStringLiteral("0")), std::nullopt); // over budget: started again
    }
};

QTEST_GUILESS_MAIN(TestRepositoryMirror)
#include "tst_repository_mirror.moc"
