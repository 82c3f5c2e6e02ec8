#include "runner/WorkspaceArchive.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using adp::server::runner::WorkspaceArchive;

// Which files a job's `artifacts:paths` / `cache:paths` take, with GitLab's
// glob rules, and a real tar round trip.
class TestWorkspaceArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_workspace;

    void write(const QString &path, const QByteArray &content = "x\n")
    {
        const QString full = m_workspace.filePath(path);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_workspace.isValid());
        write(QStringLiteral("build.log"));
        write(QStringLiteral("sub/deep.log"));
        write(QStringLiteral("reports/unit/junit.xml"));
        write(QStringLiteral("reports/junit.xml"));
        write(QStringLiteral("dist/a.txt"));
        write(QStringLiteral("dist/b.txt"));
        write(QStringLiteral("dist/c.tmp"));
        write(QStringLiteral(".git/config"));
        write(QStringLiteral("name with space.txt"));
        QVERIFY(QFile::link(QStringLiteral("/etc"), m_workspace.filePath(QStringLiteral("dist/etc-link"))));
    }

    void selects_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a directory, whole") << QStringList{"dist/"} << QStringList{}
                                            << QStringList{"dist/a.txt", "dist/b.txt", "dist/c.tmp", "dist/etc-link"};
        QTest::newRow("* stays in its directory") << QStringList{"*.log"} << QStringList{} << QStringList{"build.log"};
        QTest::newRow("** crosses directories")
            << QStringList{"**/*.log"} << QStringList{} << QStringList{"build.log", "sub/deep.log"};
        QTest::newRow("**/ matches no directory too") << QStringList{"reports/**/junit.xml"} << QStringList{}
                                                      << QStringList{"reports/junit.xml", "reports/unit/junit.xml"};
        QTest::newRow("? and a set") << QStringList{"dist/[ab].tx?"} << QStringList{}
                                     << QStringList{"dist/a.txt", "dist/b.txt"};
        QTest::newRow("exclude") << QStringList{"./dist"} << QStringList{"dist/*.tmp", "dist/etc-link"}
                                 << QStringList{"dist/a.txt", "dist/b.txt"};
        QTest::newRow("never .git") << QStringList{"**"} << QStringList{"dist/**", "reports", "sub/", "*.log"}
                                    << QStringList{"name with space.txt"};
        QTest::newRow("outside is left out")
            << QStringList{"../x", "/etc/passwd", "dist/../../x"} << QStringList{} << QStringList{};
    }
    void selects()
    {
        QFETCH(QStringList, paths);
        QFETCH(QStringList, exclude);
        QFETCH(QStringList, expected);
        QCOMPARE(WorkspaceArchive::select(m_workspace.path(), paths, exclude).files, expected);
    }

    void warnsAboutPatternsThatTakeNothing()
    {
        const auto selection = WorkspaceArchive::select(m_workspace.path(), {"missing/", "../up", "dist"}, {});
        QCOMPARE(selection.warnings,
                 (QStringList{"../up: not inside the project directory, left out", "missing/: no matching files"}));
    }

    void packsAndUnpacksKeepingLinksAsLinks()
    {
        const auto selection = WorkspaceArchive::select(m_workspace.path(), {"dist", "name with space.txt"}, {});
        QTemporaryDir scratch;
        const QString archive = scratch.filePath(QStringLiteral("a.tar.gz"));
        QCOMPARE(WorkspaceArchive::pack(m_workspace.path(), selection.files, archive), std::nullopt);
        QTemporaryDir target;
        QCOMPARE(WorkspaceArchive::unpack(archive, target.path()), std::nullopt);
        QVERIFY(QFile::exists(target.filePath(QStringLiteral("dist/a.txt"))));
        QVERIFY(QFile::exists(target.filePath(QStringLiteral("name with space.txt"))));
        QVERIFY(QFileInfo(target.filePath(QStringLiteral("dist/etc-link"))).isSymLink()); // not /etc's contents
        QVERIFY(!QFile::exists(target.filePath(QStringLiteral("build.log"))));
        // A damaged archive is an error, not a crash or a half-written success.
        QFile broken(archive);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not a tar.gz");
        broken.close();
        QVERIFY(WorkspaceArchive::unpack(archive, target.path()).has_value());
    }

    // Item 2 of the security review: job A ships a link `slip -> outside`, job B ships
    // `slip/pwned.txt`; unpacking both for job C must not write outside the workspace.
    void aLinkFromOneArchiveIsNeverFollowedByTheNext()
    {
        QTemporaryDir outside, jobA, jobB, scratch, target;
        QVERIFY(QFile::link(outside.path(), jobA.filePath(QStringLiteral("slip"))));
        QDir().mkpath(jobB.filePath(QStringLiteral("slip")));
        QFile pwned(jobB.filePath(QStringLiteral("slip/pwned.txt")));
        QVERIFY(pwned.open(QIODevice::WriteOnly));
        pwned.write("pwned\n");
        pwned.close();
        const QString a = scratch.filePath(QStringLiteral("a.tar.gz"));
        const QString b = scratch.filePath(QStringLiteral("b.tar.gz"));
        QCOMPARE(WorkspaceArchive::pack(jobA.path(), {"slip"}, a), std::nullopt);
        QCOMPARE(WorkspaceArchive::pack(jobB.path(), {"slip/pwned.txt"}, b), std::nullopt);
        QCOMPARE(WorkspaceArchive::unpack(a, target.path()), std::nullopt);
        QVERIFY(QFileInfo(target.filePath(QStringLiteral("slip"))).isSymLink()); // kept as a link
        const auto refused = WorkspaceArchive::unpack(b, target.path());
        QVERIFY(refused.has_value());
        QVERIFY2(refused->contains(QStringLiteral("slip/pwned.txt")), qPrintable(*refused));
        QVERIFY(!QFile::exists(outside.filePath(QStringLiteral("pwned.txt"))));
        QVERIFY(QDir(outside.path()).isEmpty());
    }

    // Archives written by hand (tar's own options), as a hostile job could make them.
    void refusesDotDotAbsoluteNamesAndSpecialBits()
    {
        QTemporaryDir source, scratch, target, outside;
        QFile file(source.filePath(QStringLiteral("tool")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QVERIFY(QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const auto tar = [&](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(source.path());
            process.start(QStringLiteral("tar"), arguments);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 0);
        };
        const QString dotdot = scratch.filePath(QStringLiteral("dotdot.tar.gz"));
        const QString escapeName = QStringLiteral("../") + QFileInfo(outside.path()).fileName() + QStringLiteral("/x");
        tar({"--create", "--gzip", "--file", dotdot, "--transform", "s,^tool$," + escapeName + ",", "tool"});
        QVERIFY(WorkspaceArchive::unpack(dotdot, target.path()).has_value());
        QVERIFY(QDir(outside.path()).isEmpty());
        const QString absolute = scratch.filePath(QStringLiteral("absolute.tar.gz"));
        tar({"--create", "--gzip", "--absolute-names", "--file", absolute, "--transform",
             "s,^tool$," + outside.filePath(QStringLiteral("y")) + ",", "tool"});
        QVERIFY(WorkspaceArchive::unpack(absolute, target.path()).has_value());
        QVERIFY(QDir(outside.path()).isEmpty());
        // A set-user-ID bit does not survive unpacking; the executable bit does.
        const QString special = scratch.filePath(QStringLiteral("special.tar.gz"));
        tar({"--create", "--gzip", "--file", special, "--mode", "u+s", "tool"});
        QCOMPARE(WorkspaceArchive::unpack(special, target.path()), std::nullopt);
        const QFileInfo unpacked(target.filePath(QStringLiteral("tool")));
        QVERIFY(unpacked.isExecutable());
        struct stat status
        {
        };
        QCOMPARE(::stat(QFile::encodeName(unpacked.filePath()).constData(), &status), 0);
        QCOMPARE(status.st_mode & S_ISUID, 0u);
    }

    void untrackedTakesWhatGitDoesNotTrack()
    {
        QTemporaryDir repository;
        const auto git = [&](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(repository.path());
            process.start(QStringLiteral("git"),
                          QStringList{"-c", "user.name=T", "-c", "user.email=t@example.test"} + arguments);
            return process.waitForFinished(30000) && process.exitCode() == 0;
        };
        const auto put = [&](const QString &path) {
            QDir().mkpath(QFileInfo(repository.filePath(path)).absolutePath());
            QFile file(repository.filePath(path));
            return file.open(QIODevice::WriteOnly) && file.write("x\n") == 2;
        };
        QVERIFY(put(QStringLiteral("tracked.txt")) && put(QStringLiteral(".gitignore")));
        QVERIFY(git({"init", "-q"}) && git({"add", "."}) && git({"commit", "-q", "-m", "first"}));
        QVERIFY(put(QStringLiteral("out/new.bin")) && put(QStringLiteral("ignored.log")));
        QFile ignore(repository.filePath(QStringLiteral(".gitignore")));
        QVERIFY(ignore.open(QIODevice::WriteOnly) && ignore.write("*.log\n") > 0);
        ignore.close();
        // What is tracked comes from the commit in the repository, not from the worktree's git.
        const auto tracked =
            WorkspaceArchive::trackedFiles(repository.filePath(QStringLiteral(".git")), QStringLiteral("HEAD"));
        QCOMPARE(tracked, (QSet<QString>{".gitignore", "tracked.txt"}));
        QVERIFY(
            !WorkspaceArchive::trackedFiles(repository.filePath(QStringLiteral(".git")), QStringLiteral("0000000")));
        // Ignored files count too (as in GitLab); tracked ones only when a path names them.
        QCOMPARE(WorkspaceArchive::select(repository.path(), {}, {"out/**"}, tracked).files,
                 QStringList{"ignored.log"});
        QCOMPARE(WorkspaceArchive::select(repository.path(), {"tracked.txt"}, {}, tracked).files,
                 (QStringList{"ignored.log", "out/new.bin", "tracked.txt"}));
    }

    void expandsVariables()
    {
        const QStringList environment{"CI_JOB_NAME=build", "REF=main", "REF=feature"};
        QCOMPARE(WorkspaceArchive::expand(QStringLiteral("$CI_JOB_NAME-${REF}-$UNKNOWN."), environment),
                 QStringLiteral("build-feature-."));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceArchive)
#include "tst_workspace_archive.moc"
