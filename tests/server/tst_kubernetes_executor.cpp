#include "ClusterProject.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"
#include "kubernetes/WorkerPoolExecutor.h"
#include "ports/Housekeeping.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace adp::test;

// The Kubernetes executor through real pipelines on both backends: a project whose maintainer set
// one runs its jobs as pods on its cluster. The fake cluster's kubelet runs the pods' containers
// for real (under bubblewrap, volumes at their mountPaths), so everything a pod does is done: its
// init container fetches the prepared workspace from the server with the job's token, the script
// runs with the job's variables and file variables beside its services (reached by alias), its
// helper sends the artifacts back. Cancel and timeout delete the pod, an evicted pod retries as a
// lost worker, an image that cannot be pulled fails the job in the cluster's words, and pods of
// ended jobs are deleted by the clean-up.
class TestKubernetesExecutor : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<kube::TestPki> m_pki;
    std::unique_ptr<kube::FakeKubeApi> m_api;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    qint64 m_cluster = 0;
    int m_commits = 0;
    QString m_noPods;

    QString kubeconfig() const
    {
        return m_api->kubeconfig(m_pki->caCertificate(), QStringLiteral("runner-token"), QStringLiteral("ci-jobs"));
    }

    bool start()
    {
        QFETCH(QString, backend);
        ClusterProject session = ClusterProject::start(backend, m_repository.path(), kubeconfig());
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        m_cluster = session.clusterId;
        return true;
    }

    bool useKubernetes(const QJsonObject &extra = {})
    {
        QJsonObject settings{{"cluster_id", m_cluster}, {"image", "debian:12-slim"}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            settings.insert(it.key(), it.value());
        return m_admin->put("/api/v1/projects/shop/kubernetes-executor", settings).status == 200;
    }

    qint64 runPipeline(const QByteArray &ci)
    {
        const QString branch = QStringLiteral("k8s-%1").arg(++m_commits);
        if (!m_repository.commitFiles(branch,
                                      {{QStringLiteral(".gitlab-ci.yml"), "# " + branch.toUtf8() + '\n' + ci},
                                       {QStringLiteral("README"), "shop readme\n"}},
                                      QStringLiteral("jobs")))
            return 0;
        return m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", branch}}).json().value("id").toInteger();
    }

    QJsonObject runJob(const QByteArray &ci, const QString &name = QStringLiteral("job"), int timeoutMs = 90000)
    {
        return jobNamed(waitUntilFinished(*m_admin, runPipeline(ci), timeoutMs), name);
    }

    QString logOf(const QJsonObject &job)
    {
        return QString::fromUtf8(
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(job.value("id").toInteger())).body);
    }

    int objectsLeft(const QString &resource)
    {
        int count = 0;
        m_api->withStore(
            [&](kube::KubeStore &store) { count = int(store.objects(resource, QStringLiteral("ci-jobs")).size()); });
        return count;
    }

    // The name of the first pod that exists, waiting up to `timeoutMs`; empty when none came.
    QString waitForPod(int timeoutMs = 30000)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < timeoutMs) {
            QString name;
            m_api->withStore([&](kube::KubeStore &store) {
                const auto pods = store.objects(QStringLiteral("pods"), QStringLiteral("ci-jobs"));
                if (!pods.isEmpty())
                    name = pods.first().value("metadata").toObject().value("name").toString();
            });
            if (!name.isEmpty())
                return name;
            QTest::qWait(50);
        }
        return {};
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitBranch("main", "job:\n  script: echo main\n"));
        m_pki = std::make_unique<kube::TestPki>();
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void init()
    {
        m_api = std::make_unique<kube::FakeKubeApi>(
            kube::FakeKubeApi::Tls{m_pki->serverCertificate(), m_pki->serverKey(), m_pki->caCertificate()});
        QVERIFY(m_api->ok());
        m_api->addToken(QStringLiteral("runner-token"), QStringLiteral("runner"),
                        {kube::FakeKubeApi::everything({QStringLiteral("ci-jobs")})});
        m_api->addNamespace(QStringLiteral("ci-jobs"));
        m_noPods.clear();
        if (!m_api->runPodProcesses(&m_noPods))
            return;
        m_api->startControllers(50);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
        m_api.reset();
    }

    void settingsAreCheckedAndAudited_data() { addBackendRows(); }
    void settingsAreCheckedAndAudited()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString path = QStringLiteral("/api/v1/projects/shop/kubernetes-executor");
        QCOMPARE(m_admin->get(path).status, 404); // none yet: jobs run on the workers
        QCOMPARE(m_admin->put(path, {{"image", "alpine:3.20"}}).errorFields(), QStringList{"cluster_id"});
        const auto refused = m_admin->put(path, {{"cluster_id", 999999},
                                                 {"namespace", "Not_A_Namespace"},
                                                 {"cpu_request", "lots"},
                                                 {"max_memory", "1Zi"},
                                                 {"image", "has spaces:1"},
                                                 {"node_selector", QJsonObject{{"disk", "fast ssd"}}}});
        QCOMPARE(refused.status, 422);
        for (const char *field : {"cluster_id", "cpu_request", "max_memory", "image", "node_selector"})
            QVERIFY2(refused.errorFields().contains(QLatin1String(field)), field);
        QCOMPARE(m_admin->put(path, {{"cluster_id", m_cluster}, {"tolerations", "all"}}).errorFields(),
                 QStringList{"tolerations"});
        QCOMPARE(m_admin->put(path, {{"cluster_id", m_cluster}, {"surprise", true}}).status, 422);

        const auto set =
            m_admin->put(path, {{"cluster_id", m_cluster},
                                {"cpu_request", "250m"},
                                {"memory_limit", "1Gi"},
                                {"max_cpu", "2"},
                                {"node_selector", QJsonObject{{"kubernetes.io/arch", "amd64"}}},
                                {"tolerations", QJsonArray{QJsonObject{{"key", "ci"}, {"operator", "Exists"}}}}});
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value("namespace").toString(), QStringLiteral("ci-jobs")); // the cluster's
        QCOMPARE(set.json().value("image").toString(), QStringLiteral("debian:12-slim"));
        QCOMPARE(set.json().value("helper_image").toString(), QStringLiteral("busybox:1.36"));
        QCOMPARE(set.json().value("cluster").toString(), QStringLiteral("k3s"));
        // Changing one field keeps the others.
        const auto changed = m_admin->put(path, {{"image", "alpine:3.20"}});
        QCOMPARE(changed.json().value("cpu_request").toString(), QStringLiteral("250m"));
        QCOMPARE(changed.json().value("image").toString(), QStringLiteral("alpine:3.20"));
        QCOMPARE(m_admin->get(path).json().value("node_selector").toObject().value("kubernetes.io/arch").toString(),
                 QStringLiteral("amd64"));
        QCOMPARE(m_admin->get("/api/v1/audit?action=kubernetes_executor.set").json().value("items").toArray().size(),
                 2);

        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient rita(m_server->url());
        rita.login(QStringLiteral("rita"), QStringLiteral("rita-password"));
        QCOMPARE(rita.get(path).status, 200);
        QCOMPARE(rita.put(path, {{"image", "evil:1"}}).status, 403);
        QCOMPARE(rita.del(path).status, 403);
        QCOMPARE(m_admin->del(path).status, 204);
        QCOMPARE(m_admin->get(path).status, 404);
        QCOMPARE(m_admin->del(path).status, 404);
    }

    void jobRunsInAPodWithItsServicesAndFiles_data() { addBackendRows(); }
    void jobRunsInAPodWithItsServicesAndFiles()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (!m_noPods.isEmpty())
            QSKIP(qPrintable(m_noPods));
        QVERIFY(start());
        QVERIFY(useKubernetes());
        const QByteArray secret = "s3cr3t-value-for-the-pod";
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/variables/API_TOKEN",
                           {{"value", QString::fromLatin1(secret)}, {"masked", true}})
                     .status,
                 200);
        QCOMPARE(
            m_admin
                ->put("/api/v1/projects/shop/variables/SETTINGS", {{"value", "region=eu\n"}, {"variable_type", "file"}})
                .status,
            200);
        const QByteArray port = QByteArray::number(freePort());
        const QJsonObject job =
            runJob("job:\n"
                   "  image:\n    name: registry.example/ci/tools:1\n"
                   "  services:\n"
                   "    - name: registry.example/fixtures/web:2\n      alias: web\n"
                   "      command: [python3, -m, http.server, \"" +
                   port +
                   "\", --bind, 127.0.0.1, --directory, /usr/share]\n"
                   "  before_script:\n    - echo \"in $CI_PROJECT_DIR as $CI_JOB_NAME\"\n"
                   "  script:\n"
                   "    - cat README\n"
                   "    - cat \"$SETTINGS\"\n"
                   "    - echo \"token $API_TOKEN\"\n"
                   "    - for i in $(seq 1 50); do curl -fsS -o /dev/null http://web:" +
                   port +
                   "/ && break; sleep 0.2; done\n"
                   "    - curl -fsS -o /dev/null http://web:" +
                   port +
                   "/ && echo \"the web service answers\"\n"
                   "    - mkdir -p out && echo built > out/result.txt && echo scratch > scratch.txt\n"
                   "  after_script:\n    - echo \"after the script\"\n"
                   "  artifacts:\n    paths: [out/]\n");
        const QString log = logOf(job);
        QVERIFY2(job.value("status").toString() == u"success", qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("with the Kubernetes executor")));
        QVERIFY(log.contains(QStringLiteral("image registry.example/ci/tools:1")));
        QVERIFY2(log.contains(QStringLiteral("Workspace fetched into /builds/default/shop")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("in /builds/default/shop as job")));
        QVERIFY(log.contains(QStringLiteral("shop readme")));
        QVERIFY(log.contains(QStringLiteral("region=eu")));
        QVERIFY(log.contains(QStringLiteral("token [MASKED]")));
        QVERIFY(!log.contains(QString::fromLatin1(secret)));
        QVERIFY(log.contains(QStringLiteral("the web service answers")));
        QVERIFY(log.contains(QStringLiteral("after the script")));
        QVERIFY(log.contains(QStringLiteral("Job succeeded")));
        // The artifacts came back from the pod and were kept as the shell executor keeps them.
        const auto artifacts =
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/artifacts").arg(job.value("id").toInteger()));
        QCOMPARE(artifacts.status, 200);
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzO"), QStringLiteral("out/result.txt")});
        tar.write(artifacts.body);
        tar.closeWriteChannel();
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.readAllStandardOutput(), QByteArray("built\n"));
        // Nothing is left in the cluster, and the pod's token no longer opens anything.
        QTRY_COMPARE(objectsLeft(QStringLiteral("pods")), 0);
        QCOMPARE(objectsLeft(QStringLiteral("secrets")), 0);
        QTRY_COMPARE(m_api->podProcessCount(), 0);
        HttpTestClient pod(m_server->url());
        QCOMPARE(pod.get(QStringLiteral("/api/v1/jobs/%1/pod/workspace").arg(job.value("id").toInteger())).status, 401);
    }

    void failuresEndAsTheScriptDid_data() { addBackendRows(); }
    void failuresEndAsTheScriptDid()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (!m_noPods.isEmpty())
            QSKIP(qPrintable(m_noPods));
        QVERIFY(start());
        QVERIFY(useKubernetes({{"max_cpu", "1"}}));
        const QJsonObject failed = runJob("job:\n  script:\n    - echo before\n    - exit 3\n    - echo never\n"
                                          "  after_script: [echo cleaning up]\n");
        const QString log = logOf(failed);
        QCOMPARE(failed.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value("failure_reason").toString(), QStringLiteral("script_failure"));
        QVERIFY(log.contains(QStringLiteral("before")) && !log.contains(QStringLiteral("\nnever")));
        QVERIFY(log.contains(QStringLiteral("cleaning up")));
        QVERIFY(log.contains(QStringLiteral("exit code 3")));

        // Asking for more than the most allowed: refused before any pod is made.
        const QJsonObject greedy =
            runJob("job:\n  variables:\n    KUBERNETES_CPU_REQUEST: \"4\"\n  script: [echo hi]\n");
        QCOMPARE(greedy.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(
            logOf(greedy).contains(QStringLiteral("KUBERNETES_CPU_REQUEST asks for 4, more than the most allowed, 1")));
        QCOMPARE(objectsLeft(QStringLiteral("pods")), 0);

        // An image the cluster cannot pull: the cluster's words, and nothing left behind.
        m_api->setPodFate(QStringLiteral("registry.example/missing:1"), kube::PodFate::ImagePullError);
        const QJsonObject unpulled = runJob("job:\n  image: registry.example/missing:1\n  script: [echo hi]\n");
        QCOMPARE(unpulled.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(logOf(unpulled).contains(QStringLiteral("ImagePullBackOff")), qPrintable(logOf(unpulled)));
        QTRY_COMPARE(objectsLeft(QStringLiteral("pods")), 0);
        QCOMPARE(objectsLeft(QStringLiteral("secrets")), 0);
    }

    void cancelAndTimeoutDeleteThePod_data() { addBackendRows(); }
    void cancelAndTimeoutDeleteThePod()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (!m_noPods.isEmpty())
            QSKIP(qPrintable(m_noPods));
        QVERIFY(start());
        QVERIFY(useKubernetes());
        const qint64 pipeline = runPipeline("job:\n  script: [echo started, sleep 300]\n");
        QVERIFY(!waitForPod().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_api->podProcessCount() > 0, 30000);
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(pipeline), QJsonObject{}).status, 200);
        const QJsonObject canceled = jobNamed(waitUntilFinished(*m_admin, pipeline, 30000), QStringLiteral("job"));
        QCOMPARE(canceled.value("status").toString(), QStringLiteral("canceled"));
        QTRY_COMPARE_WITH_TIMEOUT(objectsLeft(QStringLiteral("pods")), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->podProcessCount(), 0, 10000);

        const QJsonObject slow = runJob("job:\n  timeout: 3 seconds\n  script: [sleep 300]\n");
        QCOMPARE(slow.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(slow.value("failure_reason").toString(), QStringLiteral("job_execution_timeout"));
        QTRY_COMPARE_WITH_TIMEOUT(objectsLeft(QStringLiteral("pods")), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->podProcessCount(), 0, 10000);
    }

    void anEvictedPodIsALostWorker_data() { addBackendRows(); }
    void anEvictedPodIsALostWorker()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (!m_noPods.isEmpty())
            QSKIP(qPrintable(m_noPods));
        QVERIFY(start());
        QVERIFY(useKubernetes());
        const qint64 pipeline =
            runPipeline("job:\n  retry:\n    max: 1\n    when: [runner_system_failure]\n"
                        "  script: [\"if [ $CI_JOB_ATTEMPT = 1 ]; then sleep 300; fi\", echo done]\n");
        const QString first = waitForPod();
        QVERIFY(first.endsWith(QStringLiteral("-1")));
        QTRY_VERIFY_WITH_TIMEOUT(m_api->podProcessCount() > 0, 30000);
        m_api->evictPod(QStringLiteral("ci-jobs"), first, QStringLiteral("The node was low on resource: memory."));
        const QJsonObject job = jobNamed(waitUntilFinished(*m_admin, pipeline, 60000), QStringLiteral("job"));
        const QString log = logOf(job);
        QVERIFY2(job.value("status").toString() == u"success", qPrintable(log));
        QCOMPARE(job.value("attempt").toInt(), 2);
        QVERIFY(log.contains(QStringLiteral("the pod was evicted: The node was low on resource: memory.")));
        QTRY_COMPARE(objectsLeft(QStringLiteral("pods")), 0);
    }

    // A worker pool (kubernetes_executor: in the server's configuration) runs every job it takes as a pod,
    // projects without an executor of their own included; a bad pool file keeps the server from starting.
    void aWorkerPoolRunsEveryJobAsAPod_data() { addBackendRows(); }
    void aWorkerPoolRunsEveryJobAsAPod()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (!m_noPods.isEmpty())
            QSKIP(qPrintable(m_noPods));
        QTemporaryDir files;
        const auto write = [&files](const QString &name, const QByteArray &content) {
            QFile file(files.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(content);
            return file.fileName();
        };
        const QString kubeconfig = write(QStringLiteral("kubeconfig"), this->kubeconfig().toUtf8());
        const QString pool =
            write(QStringLiteral("pool.json"), QByteArray("{\"kubeconfig\": \"") + kubeconfig.toUtf8() +
                                                   "\", \"image\": \"debian:12-slim\", \"cpu_request\": \"100m\"}");
        ClusterProject session =
            ClusterProject::start(backend, m_repository.path(), this->kubeconfig(),
                                  [&pool](adp::server::ServerConfig &config) { config.kubernetesExecutor = pool; });
        QVERIFY(session.ok());
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/kubernetes-executor").status, 404); // not the project's own
        const QJsonObject job = runJob("job:\n  script: [echo \"pooled in $CI_PROJECT_DIR\"]\n");
        const QString log = logOf(job);
        QVERIFY2(job.value("status").toString() == u"success", qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("with the Kubernetes executor")));
        QVERIFY(log.contains(QStringLiteral("cluster prod, namespace ci-jobs, image debian:12-slim")));
        QVERIFY(log.contains(QStringLiteral("pooled in /builds/default/shop")));
        QTRY_COMPARE(objectsLeft(QStringLiteral("pods")), 0);
        // What the run cost is kept with its end: its class and what its pod reserved (no memory asked).
        const auto usage = m_server->app().database().query(
            QStringLiteral("SELECT executor, cpu_millicores, memory_mib, run_ms FROM job_usage WHERE job_id = ?"),
            {job.value("id").toInteger()});
        QCOMPARE(usage.size(), 1);
        QCOMPARE(usage.value(0, 0).toString(), QStringLiteral("kubernetes"));
        QCOMPARE(usage.value(0, 1).toLongLong(), 100);
        QCOMPARE(usage.value(0, 2).toLongLong(), 0);
        QVERIFY(usage.value(0, 3).toLongLong() > 0);

        // What the pool's file may not be: each says what is wrong.
        QString error;
        QVERIFY(
            !adp::server::kubernetes::WorkerPoolExecutor::load(files.filePath(QStringLiteral("missing.json")), error));
        QVERIFY2(error.contains(u"cannot read"), qPrintable(error));
        QVERIFY(!adp::server::kubernetes::WorkerPoolExecutor::load(write(QStringLiteral("bad.json"), "{nope"), error));
        QVERIFY2(error.contains(u"not JSON"), qPrintable(error));
        QVERIFY(!adp::server::kubernetes::WorkerPoolExecutor::load(
            write(QStringLiteral("fields.json"),
                  "{\"image\": \"has spaces\", \"max_cpu\": \"lots\", \"cluster_id\": 1}"),
            error));
        QVERIFY2(error.contains(u"kubeconfig is required") && error.contains(u"image") && error.contains(u"max_cpu") &&
                     error.contains(u"cluster_id"),
                 qPrintable(error));
        QVERIFY(!adp::server::kubernetes::WorkerPoolExecutor::load(
            write(QStringLiteral("incluster.json"), "{\"kubeconfig\": \"in-cluster\"}"), error));
        QVERIFY2(error.contains(u"KUBERNETES_SERVICE_HOST") || error.contains(u"no service account"),
                 qPrintable(error));
    }

    void podsOfEndedJobsAreCleanedUp_data() { addBackendRows(); }
    void podsOfEndedJobsAreCleanedUp()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        // A worker that died after making its pod left this behind: the job has ended since (here it
        // ran on the shell executor, before the project moved to Kubernetes).
        const QJsonObject job = runJob("job:\n  script: [echo hi]\n");
        QCOMPARE(job.value("status").toString(), QStringLiteral("success"));
        QVERIFY(useKubernetes());
        const qint64 jobId = job.value("id").toInteger();
        m_api->withStore([](kube::KubeStore &store) {
            for (const char *kind : {"Pod", "Secret"})
                store.writeObject(*store.typeOfKind(QStringLiteral("v1"), QLatin1String(kind)),
                                  {{QStringLiteral("metadata"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("adp-job-left-1")},
                                                {QStringLiteral("namespace"), QStringLiteral("ci-jobs")}}}});
        });
        m_server->app().database().query(
            QStringLiteral("INSERT INTO job_pods (job_id, attempt, project_id, cluster_id, namespace, pod_name, "
                           "created_at) VALUES (?, 1, (SELECT id FROM projects WHERE slug = 'shop'), ?, 'ci-jobs', "
                           "'adp-job-left-1', 0)"),
            {jobId, m_cluster});
        m_server->app().jobPodCleanup().tidy();
        QCOMPARE(objectsLeft(QStringLiteral("pods")), 0);
        QCOMPARE(objectsLeft(QStringLiteral("secrets")), 0);
        QCOMPARE(m_server->app().database().query(QStringLiteral("SELECT COUNT(*) FROM job_pods")).value(0, 0).toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestKubernetesExecutor)
#include "tst_kubernetes_executor.moc"
