#include "AdminSession.h"
#include "GitRepository.h"
#include "PipelineCalls.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// Child pipelines (trigger: include), on both backends with real jobs: the
// child runs the included files at the parent's commit with the trigger
// job's variables; with strategy: depend the trigger job ends as the child
// ends, without it as soon as the child exists; a broken child definition
// fails the trigger job saying why; nesting stops at two levels; canceling
// the parent cancels its children.
class TestChildPipelines : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool commit(const QString &branch, const QMap<QString, QByteArray> &files)
    {
        return m_repository.commitFiles(branch, files, QStringLiteral("CI for ") + branch);
    }

    bool start()
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin
                   ->post("/api/v1/projects",
                          {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                   .status == 201;
    }

    qint64 run(const QString &ref, const QJsonArray &variables = {})
    {
        return m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", ref}, {"variables", variables}})
            .json()
            .value("id")
            .toInteger();
    }

    QJsonObject pipeline(qint64 id) { return m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(id)).json(); }

    QString log(const QJsonObject &job)
    {
        return QString::fromUtf8(
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(job.value("id").toInteger())).body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        const QByteArray child = "child-job:\n  script:\n    - echo \"child for $TARGET in $REGION from "
                                 "$CI_PIPELINE_SOURCE, asked $ASKED\"\n"
                                 "    - test \"$CI_PIPELINE_SOURCE\" = parent_pipeline\n";
        QVERIFY(
            commit("main", {{".gitlab-ci.yml",
                             "stages: [build, deploy]\nvariables:\n  REGION: eu\n"
                             "build:\n  stage: build\n  script: echo parent build\n"
                             "child-depend:\n  stage: deploy\n  variables:\n    TARGET: staging\n"
                             "  trigger:\n    include: ci/child.yml\n    strategy: depend\n"
                             "    forward:\n      pipeline_variables: true\n"
                             "child-fire:\n  stage: deploy\n  trigger:\n    include:\n      - local: ci/child.yml\n"},
                            {"ci/child.yml", child}}));
        QVERIFY(
            commit("failing", {{".gitlab-ci.yml", "down:\n  trigger:\n    include: ci/fail.yml\n    strategy: depend\n"
                                                  "after:\n  stage: deploy\n  script: echo after\n"},
                               {"ci/fail.yml", "broken:\n  script: exit 4\n"}}));
        QVERIFY(commit("invalid", {{".gitlab-ci.yml", "down:\n  trigger:\n    include: ci/bad.yml\n"},
                                   {"ci/bad.yml", "bad-job:\n  script: echo\n  needs: [nowhere]\n"}}));
        QVERIFY(
            commit("nested", {{".gitlab-ci.yml", "one:\n  trigger:\n    include: ci/two.yml\n    strategy: depend\n"},
                              {"ci/two.yml", "two:\n  trigger:\n    include: ci/three.yml\n    strategy: depend\n"},
                              {"ci/three.yml", "three:\n  trigger:\n    include: ci/four.yml\n    strategy: depend\n"},
                              {"ci/four.yml", "four:\n  script: echo too deep\n"}}));
        QVERIFY(
            commit("slow", {{".gitlab-ci.yml", "down:\n  trigger:\n    include: ci/slow.yml\n    strategy: depend\n"},
                            {"ci/slow.yml", "sleeper:\n  script: sleep 60\n"}}));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void childRunsWithTheTriggerJobsVariables_data() { addBackendRows(); }
    void childRunsWithTheTriggerJobsVariables()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 parentId = run(QStringLiteral("main"), {QJsonObject{{"key", "ASKED"}, {"value", "by hand"}}});
        const QJsonObject parent = waitUntilFinished(*m_admin, parentId);
        QCOMPARE(parent.value("status").toString(), QStringLiteral("success"));
        const QJsonObject depend = jobNamed(parent, "child-depend");
        QCOMPARE(depend.value("status").toString(), QStringLiteral("success"));
        const qint64 childId = depend.value("downstream_pipeline_id").toInteger();
        QVERIFY(childId > 0);
        QVERIFY(log(depend).contains(QStringLiteral("Created child pipeline %1").arg(childId)));
        const QJsonObject child = waitUntilFinished(*m_admin, childId);
        QCOMPARE(child.value("source").toString(), QStringLiteral("parent_pipeline"));
        QCOMPARE(child.value("parent_pipeline_id").toInteger(), parentId);
        QCOMPARE(child.value("parent_job_id").toInteger(), depend.value("id").toInteger());
        QCOMPARE(child.value("sha").toString(), parent.value("sha").toString());
        QCOMPARE(child.value("status").toString(), QStringLiteral("success"));
        const QString childLog = log(jobNamed(child, "child-job"));
        QVERIFY2(childLog.contains(QStringLiteral("child for staging in eu from parent_pipeline, asked by hand")),
                 qPrintable(childLog));

        // Without depend: done once the child exists, which got no pipeline variables of the parent.
        const QJsonObject fire = jobNamed(parent, "child-fire");
        QCOMPARE(fire.value("status").toString(), QStringLiteral("success"));
        const QJsonObject fired = waitUntilFinished(*m_admin, fire.value("downstream_pipeline_id").toInteger());
        QVERIFY(log(jobNamed(fired, "child-job"))
                    .contains(QStringLiteral("child for  in eu from parent_pipeline, asked \n")));
        // The project's list shows children too.
        QCOMPARE(m_admin->get("/api/v1/projects/shop/pipelines?source=parent_pipeline")
                     .json()
                     .value("items")
                     .toArray()
                     .size(),
                 2);
    }

    void dependFollowsAFailingChild_data() { addBackendRows(); }
    void dependFollowsAFailingChild()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject parent = waitUntilFinished(*m_admin, run(QStringLiteral("failing")));
        const QJsonObject down = jobNamed(parent, "down");
        QCOMPARE(down.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(down.value("failure_reason").toString(), QStringLiteral("downstream_pipeline_failed"));
        QCOMPARE(jobNamed(parent, "after").value("status").toString(), QStringLiteral("skipped"));
        QCOMPARE(parent.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(pipeline(down.value("downstream_pipeline_id").toInteger()).value("status").toString(),
                 QStringLiteral("failed"));

        // Retried, the trigger job makes a new child (which fails again, the same way).
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/jobs/%1/retry").arg(down.value("id").toInteger()), {}).status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            jobNamed(pipeline(parent.value("id").toInteger()), "down").value("attempt").toInt() == 2 &&
                jobNamed(pipeline(parent.value("id").toInteger()), "down").value("status").toString() == u"failed",
            30000);
        QVERIFY(
            jobNamed(pipeline(parent.value("id").toInteger()), "down").value("downstream_pipeline_id").toInteger() !=
            down.value("downstream_pipeline_id").toInteger());
    }

    void brokenOrTooDeepChildrenFailTheTriggerJob_data() { addBackendRows(); }
    void brokenOrTooDeepChildrenFailTheTriggerJob()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject invalid = jobNamed(waitUntilFinished(*m_admin, run(QStringLiteral("invalid"))), "down");
        QCOMPARE(invalid.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(invalid.value("failure_reason").toString(), QStringLiteral("downstream_pipeline_creation_failed"));
        QVERIFY2(log(invalid).contains(QStringLiteral("nowhere")), qPrintable(log(invalid)));
        QVERIFY(!invalid.contains("downstream_pipeline_id"));

        // parent -> child -> grandchild is allowed; a third level is not.
        const QJsonObject top = waitUntilFinished(*m_admin, run(QStringLiteral("nested")));
        QCOMPARE(top.value("status").toString(), QStringLiteral("failed"));
        const QJsonObject two = pipeline(jobNamed(top, "one").value("downstream_pipeline_id").toInteger());
        const QJsonObject three = pipeline(jobNamed(two, "two").value("downstream_pipeline_id").toInteger());
        const QJsonObject tooDeep = jobNamed(three, "three");
        QCOMPARE(tooDeep.value("failure_reason").toString(), QStringLiteral("downstream_pipeline_creation_failed"));
        QVERIFY(log(tooDeep).contains(QStringLiteral("at most 2 levels")));
    }

    void cancelingTheParentCancelsTheChild_data() { addBackendRows(); }
    void cancelingTheParentCancelsTheChild()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 parentId = run(QStringLiteral("slow"));
        qint64 childId = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (childId = jobNamed(pipeline(parentId), "down").value("downstream_pipeline_id").toInteger()) > 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(jobNamed(pipeline(childId), "sleeper").value("status").toString(),
                                  QStringLiteral("running"), 20000);
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(parentId), {}).status, 200);
        QCOMPARE(pipeline(parentId).value("status").toString(), QStringLiteral("canceled"));
        QTRY_COMPARE_WITH_TIMEOUT(pipeline(childId).value("status").toString(), QStringLiteral("canceled"), 5000);
        QCOMPARE(jobNamed(pipeline(childId), "sleeper").value("status").toString(), QStringLiteral("canceled"));
    }
};

QTEST_GUILESS_MAIN(TestChildPipelines)
#include "tst_child_pipelines.moc"
