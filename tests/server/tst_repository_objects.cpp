#include "GitRepository.h"
#include "git/RepositoryMirror.h"

#include <QRandomGenerator>
#include <QtTest>

using adp::server::git::RepositoryMirror;
using adp::test::GitRepository;

// Objects read from a repository by one `git cat-file --batch`, as a trigger reads a ref's
// commit and the CI file: each name answered in order, missing ones as such, a size cap that
// stops reading, and names git would split or read as options naming nothing.
class TestRepositoryObjects : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    QByteArray m_large; // 3 MiB that do not compress, so that reading crosses many pipe reads

    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(17);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        m_large = randomBytes(3 * 1024 * 1024);
        QVERIFY(m_repository.commitFiles(QStringLiteral("main"),
                                         {{QStringLiteral(".gitlab-ci.yml"), "job:\n  script: echo hi\n"},
                                          {QStringLiteral("dir/large.bin"), m_large}},
                                         QStringLiteral("Subject line\n\nThe body, second paragraph.")));
        QVERIFY(m_repository.git({"tag", "-a", "v1", "-m", "annotated", "main"}));
    }

    void namesAreAnsweredInOrder()
    {
        const QString sha = m_repository.shaOf(QStringLiteral("main"));
        const auto objects = RepositoryMirror::readObjects(
            m_repository.path(),
            {QStringLiteral("refs/heads/nowhere^{commit}"), QStringLiteral("refs/heads/main^{commit}"),
             QStringLiteral("refs/tags/v1^{commit}"), QStringLiteral("main:.gitlab-ci.yml"), QStringLiteral("main:dir"),
             QStringLiteral("main:dir/large.bin"), QStringLiteral("main:missing file.txt")},
            8 * 1024 * 1024);
        QVERIFY(objects);
        QCOMPARE(objects->size(), 7);
        QVERIFY(!objects->at(0));
        QCOMPARE(objects->at(1)->id, sha);
        QCOMPARE(objects->at(1)->type, QStringLiteral("commit"));
        QVERIFY(objects->at(1)->content.endsWith("Subject line\n\nThe body, second paragraph.\n"));
        QCOMPARE(objects->at(2)->id, sha); // the annotated tag, peeled to its commit
        QCOMPARE(objects->at(3)->type, QStringLiteral("blob"));
        QCOMPARE(objects->at(3)->content, QByteArray("job:\n  script: echo hi\n"));
        QCOMPARE(objects->at(4)->type, QStringLiteral("tree"));
        QCOMPARE(objects->at(5)->content, m_large);
        QVERIFY(!objects->at(6));
    }

    void aSizeCapStopsReading()
    {
        const auto objects =
            RepositoryMirror::readObjects(m_repository.path(),
                                          {QStringLiteral("main:.gitlab-ci.yml"), QStringLiteral("main:dir/large.bin"),
                                           QStringLiteral("main:.gitlab-ci.yml")},
                                          1024 * 1024);
        QVERIFY(objects);
        QCOMPARE(objects->size(), 3);
        QVERIFY(objects->at(0));
        QVERIFY(!objects->at(1)); // larger than the cap: not read
        QVERIFY(!objects->at(2)); // after it: unknown
    }

    void oddNamesNameNothing()
    {
        const auto objects = RepositoryMirror::readObjects(m_repository.path(),
                                                           {QStringLiteral("nowhere\nrefs/heads/main"),
                                                            QStringLiteral("--batch-all-objects"), QStringLiteral(""),
                                                            QStringLiteral("refs/heads/main^{commit}")},
                                                           1024 * 1024);
        QVERIFY(objects);
        QCOMPARE(objects->size(), 4); // the line break did not make a fifth answer
        QVERIFY(!objects->at(0));
        QVERIFY(!objects->at(1));
        QVERIFY(!objects->at(2));
        QCOMPARE(objects->at(3)->id, m_repository.shaOf(QStringLiteral("main")));
    }

    void notARepositoryIsAFailure()
    {
        QTemporaryDir empty;
        QVERIFY(!RepositoryMirror::readObjects(empty.path(), {QStringLiteral("HEAD")}, 1024));
    }
};

QTEST_GUILESS_MAIN(TestRepositoryObjects)
#include "tst_repository_objects.moc"
