#include "ClusterProject.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"
#include "kube/WorkloadImage.h"
#include "ports/Housekeeping.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// Environments that deploy to Kubernetes, through real pipelines on both backends: a maintainer
// gives an environment a target (a cluster of the project, a namespace, the manifests' path);
// its deploy job's script runs, then the server applies the manifests at the job's commit to the
// (fake) cluster, prunes what the environment's previous rollout applied and this one dropped,
// and follows the rollout, the job ending as the rollout does, every step in its log and each
// object's health kept for the desktop. Bad targets and unusable manifests are refused clearly.
class TestKubernetesDeploy : public QObject
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

    static QByteArray definition()
    {
        return "stages: [build, deploy]\n"
               "build:\n  stage: build\n  script: echo built\n"
               "production:\n  stage: deploy\n  script: echo \"releasing $CI_COMMIT_SHORT_SHA\"\n"
               "  environment:\n    name: production\n";
    }

    static QByteArray web(const QByteArray &image, int deadline = 600)
    {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
               "spec:\n  replicas: 2\n  progressDeadlineSeconds: " +
               QByteArray::number(deadline) +
               "\n  selector:\n    matchLabels: {app: web}\n"
               "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n"
               "      - name: web\n        image: " +
               image + "\n        env:\n        - {name: RELEASE, value: \"${CI_COMMIT_SHA}\"}\n";
    }

    QString kubeconfig() const
    {
        return m_api->kubeconfig(m_pki->caCertificate(), QStringLiteral("deployer-token"), QStringLiteral("shop-prod"));
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

    bool targetProduction(const QString &manifests)
    {
        return m_admin
                   ->put("/api/v1/projects/shop/kubernetes-targets",
                         {{"environment", "production"}, {"cluster_id", m_cluster}, {"manifest_path", manifests}})
                   .status == 200;
    }

    QJsonObject deploy(const QString &branch, const QMap<QString, QByteArray> &files,
                       const QByteArray &ci = definition())
    {
        QMap<QString, QByteArray> all = files;
        // Numbered in the file, so a branch whose manifests an earlier one (or another backend's run) had
        // still makes a commit.
        all.insert(QStringLiteral(".gitlab-ci.yml"),
                   "# " + branch.toUtf8() + ' ' + QByteArray::number(++m_commits) + '\n' + ci);
        if (!m_repository.commitFiles(branch, all, QStringLiteral("release")))
            return {};
        const qint64 pipeline =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", branch}}).json().value("id").toInteger();
        return jobNamed(waitUntilFinished(*m_admin, pipeline, 90000), QStringLiteral("production"));
    }

    QString logOf(const QJsonObject &job)
    {
        return QString::fromUtf8(
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(job.value("id").toInteger())).body);
    }

    QJsonObject latestRollout()
    {
        return m_admin->get("/api/v1/projects/shop/kubernetes-rollouts?environment=production&limit=1")
            .json()
            .value("items")
            .toArray()
            .at(0)
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitBranch("main", definition()));
        m_pki = std::make_unique<kube::TestPki>();
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void init()
    {
        m_api = std::make_unique<kube::FakeKubeApi>(
            kube::FakeKubeApi::Tls{m_pki->serverCertificate(), m_pki->serverKey(), m_pki->caCertificate()});
        QVERIFY(m_api->ok());
        m_api->addToken(QStringLiteral("deployer-token"), QStringLiteral("ci"),
                        {kube::FakeKubeApi::everything({QStringLiteral("shop-prod")})});
        m_api->addNamespace(QStringLiteral("shop-prod"));
        m_api->startControllers(20);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
        m_api.reset();
    }

    void targetsAreCheckedAndKeptPerEnvironment_data() { addBackendRows(); }
    void targetsAreCheckedAndKeptPerEnvironment()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString targets = QStringLiteral("/api/v1/projects/shop/kubernetes-targets");
        auto refused =
            m_admin->put(targets, {{"environment", "production"}, {"cluster_id", 999999}, {"manifest_path", "../etc"}});
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.body.contains("cluster_id") && refused.body.contains("manifest_path"));
        QCOMPARE(
            m_admin->put(targets, {{"environment", "production"}, {"cluster_id", "1"}, {"manifest_path", "deploy"}})
                .status,
            422);
        QCOMPARE(m_admin
                     ->put(targets, {{"environment", "production"},
                                     {"cluster_id", m_cluster},
                                     {"manifest_path", "deploy"},
                                     {"namespace", "Not_A_Namespace"}})
                     .status,
                 422);
        const auto production = m_admin->put(
            targets, {{"environment", "production"}, {"cluster_id", m_cluster}, {"manifest_path", "deploy/"}});
        QCOMPARE(production.status, 200);
        QCOMPARE(production.json().value("namespace").toString(), QStringLiteral("shop-prod")); // the cluster's
        QCOMPARE(production.json().value("manifest_path").toString(), QStringLiteral("deploy"));
        QCOMPARE(production.json().value("auto_rollback").toBool(), true); // a production tier
        const auto staging = m_admin->put(targets, {{"environment", "staging"},
                                                    {"cluster_id", m_cluster},
                                                    {"manifest_path", "k8s/app.yaml"},
                                                    {"namespace", "shop-staging"}});
        QCOMPARE(staging.json().value("auto_rollback").toBool(), false);
        // Put again: replaced, not added.
        QCOMPARE(
            m_admin->put(targets, {{"environment", "staging"}, {"cluster_id", m_cluster}, {"manifest_path", "k8s"}})
                .status,
            200);
        const QJsonArray listed = m_admin->get(targets).json().value("items").toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(1).toObject().value("manifest_path").toString(), QStringLiteral("k8s"));
        QCOMPARE(listed.at(1).toObject().value("cluster").toString(), QStringLiteral("k3s"));
        QCOMPARE(m_admin->get("/api/v1/audit?action=kubernetes_target.set").json().value("items").toArray().size(), 3);

        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient rita(m_server->url());
        rita.login(QStringLiteral("rita"), QStringLiteral("rita-password"));
        QCOMPARE(rita.get(targets).status, 200);
        QCOMPARE(rita.put(targets, {{"environment", "x"}, {"cluster_id", m_cluster}, {"manifest_path", "k8s"}}).status,
                 403);
        QCOMPARE(rita.del(targets + "/" + QString::number(listed.at(0).toObject().value("id").toInteger())).status,
                 403);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/kubernetes-rollouts").status, 422);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/kubernetes-rollouts?environment=production&limit=x").status, 422);
        QCOMPARE(m_admin->del(targets + "/999999").status, 404);
        QCOMPARE(m_admin->del(targets + "/" + QString::number(listed.at(0).toObject().value("id").toInteger())).status,
                 204);
        // Removing the cluster removes the targets on it.
        QCOMPARE(m_admin->del("/api/v1/projects/shop/clusters/" + QString::number(m_cluster)).status, 204);
        QVERIFY(m_admin->get(targets).json().value("items").toArray().isEmpty());
    }

    void aDeployJobAppliesFollowsAndPrunes_data() { addBackendRows(); }
    void aDeployJobAppliesFollowsAndPrunes()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(targetProduction(QStringLiteral("deploy")));
        const QByteArray settings =
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {mode: live}\n";
        QJsonObject job =
            deploy(QStringLiteral("release-1"), {{QStringLiteral("deploy/app.yaml"), web("nginx:1.25") + settings}});
        QString log = logOf(job);
        QVERIFY2(job.value("status").toString() == u"success", qPrintable(log));
        QVERIFY2(log.contains(u"releasing ") &&
                     log.contains(u"Deploying to Kubernetes: cluster k3s, namespace shop-prod") &&
                     log.contains(u"deployment.apps/web serverside-applied") &&
                     log.contains(u"configmap/settings serverside-applied") &&
                     log.contains(u"deployment.apps/web: Healthy") && log.contains(u"The rollout is healthy"),
                 qPrintable(log));
        QVERIFY(!log.contains(u"deployer-token"));
        QJsonObject rollout = latestRollout();
        QCOMPARE(rollout.value("status").toString(), QStringLiteral("healthy"));
        QCOMPARE(rollout.value("cluster").toString(), QStringLiteral("k3s"));
        QCOMPARE(rollout.value("objects").toArray().size(), 2);
        for (const QJsonValue &object : rollout.value("objects").toArray())
            QCOMPARE(object.toObject().value("health").toString(), QStringLiteral("Healthy"));
        // In the cluster: the job's commit filled in, ADP's labels on every object.
        const QString sha = m_repository.shaOf(QStringLiteral("release-1"));
        QJsonObject live;
        m_api->withStore([&live](kube::KubeStore &store) {
            live =
                *store.object(QStringLiteral("deployments.apps"), QStringLiteral("shop-prod"), QStringLiteral("web"));
        });
        QVERIFY(QJsonDocument(live).toJson().contains(sha.toUtf8()));
        QCOMPARE(live.value("metadata").toObject().value("labels").toObject().value("adp.dev/environment").toString(),
                 QStringLiteral("production"));
        QCOMPARE(live.value("metadata")
                     .toObject()
                     .value("managedFields")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("manager")
                     .toString(),
                 QStringLiteral("adp"));

        // The next revision drops the ConfigMap and changes the image: pruned, rolled.
        job = deploy(QStringLiteral("release-2"), {{QStringLiteral("deploy/app.yaml"), web("nginx:1.26")}});
        log = logOf(job);
        QVERIFY2(job.value("status").toString() == u"success", qPrintable(log));
        QVERIFY2(log.contains(u"configmap/settings pruned"), qPrintable(log));
        bool pruned = false;
        QString image;
        m_api->withStore([&](kube::KubeStore &store) {
            pruned =
                !store.object(QStringLiteral("configmaps"), QStringLiteral("shop-prod"), QStringLiteral("settings"));
            image = kube::firstImage(
                *store.object(QStringLiteral("deployments.apps"), QStringLiteral("shop-prod"), QStringLiteral("web")));
        });
        QVERIFY(pruned);
        QCOMPARE(image, QStringLiteral("nginx:1.26"));
        const QJsonArray deployments =
            m_admin->get("/api/v1/projects/shop/deployments?environment=production").json().value("items").toArray();
        QCOMPARE(deployments.at(0).toObject().value("status").toString(), QStringLiteral("success"));
    }

    void aFailedRolloutFailsTheJobWithTheReason_data() { addBackendRows(); }
    void aFailedRolloutFailsTheJobWithTheReason()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(targetProduction(QStringLiteral("deploy")));
        m_api->setPodFate(QStringLiteral("registry.example/shop/web:missing"), kube::PodFate::ImagePullError);
        QJsonObject job = deploy(QStringLiteral("broken"),
                                 {{QStringLiteral("deploy/app.yaml"), web("registry.example/shop/web:missing", 1)}});
        QString log = logOf(job);
        QCOMPARE(job.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(job.value("failure_reason").toString(), QStringLiteral("deployment_failure"));
        QVERIFY2(log.contains(u"exceeded its progress deadline") &&
                     log.contains(u"ERROR: Job failed: the rollout failed"),
                 qPrintable(log));
        QJsonObject rollout = latestRollout();
        QCOMPARE(rollout.value("status").toString(), QStringLiteral("failed"));
        QVERIFY(rollout.value("reason").toString().contains(u"Degraded"));
        QCOMPARE(rollout.value("objects").toArray().at(0).toObject().value("health").toString(),
                 QStringLiteral("Degraded"));
        QCOMPARE(m_admin->get("/api/v1/projects/shop/deployments?environment=production")
                     .json()
                     .value("items")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("status")
                     .toString(),
                 QStringLiteral("failed"));

        // Manifests the API refuses, or none where the target says: each a clear failure.
        job = deploy(QStringLiteral("invalid"),
                     {{QStringLiteral("deploy/app.yaml"), web("nginx:1.25").replace("replicas: 2", "replicas: -2")}});
        log = logOf(job);
        QCOMPARE(job.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(log.contains(u"deployment.apps/web (deploy/app.yaml:1): Deployment.apps \"web\" is invalid"),
                 qPrintable(log));
        // A masked variable the API quotes back (an invalid name) stays hidden in the log and the rollout.
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/variables/RELEASE_NAME",
                           {{"value", "Secret_Release_Name"}, {"masked", true}})
                     .status,
                 200);
        job = deploy(QStringLiteral("quoted"),
                     {{QStringLiteral("deploy/app.yaml"),
                       "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \"${RELEASE_NAME}\"}\n"}});
        log = logOf(job);
        QCOMPARE(job.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(log.contains(u"is invalid") && !log.contains(u"Secret_Release_Name"), qPrintable(log));
        const QString stored = QString::fromUtf8(QJsonDocument(latestRollout()).toJson());
        QVERIFY2(stored.contains(u"[MASKED]") && !stored.contains(u"Secret_Release_Name"), qPrintable(stored));
        QVERIFY(targetProduction(QStringLiteral("missing")));
        job = deploy(QStringLiteral("nowhere"), {{QStringLiteral("deploy/app.yaml"), web("nginx:1.25")}});
        log = logOf(job);
        QCOMPARE(job.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(log.contains(u"missing: no such file or directory in the repository"), qPrintable(log));
    }

    void aFailedRolloutIsRolledBackToTheLastHealthyRevision_data() { addBackendRows(); }
    void aFailedRolloutIsRolledBackToTheLastHealthyRevision()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QVERIFY(targetProduction(QStringLiteral("deploy")));
        QCOMPARE(deploy(QStringLiteral("good"), {{QStringLiteral("deploy/app.yaml"), web("nginx:1.25")}})
                     .value("status")
                     .toString(),
                 QStringLiteral("success"));
        m_api->setPodFate(QStringLiteral("nginx:broken"), kube::PodFate::ImagePullError);
        QCOMPARE(deploy(QStringLiteral("bad"), {{QStringLiteral("deploy/app.yaml"), web("nginx:broken", 1)}})
                     .value("status")
                     .toString(),
                 QStringLiteral("failed"));

        m_server->app().kubernetesAutoRollbacks().tidy();
        const auto rolledBack = [this]() {
            const QJsonArray items = m_admin->get("/api/v1/projects/shop/deployments?environment=production")
                                         .json()
                                         .value("items")
                                         .toArray();
            const QJsonObject newest = items.at(0).toObject();
            return newest.value("rollback_of").toInteger() == 1 && newest.value("status").toString() == u"success";
        };
        QTRY_VERIFY_WITH_TIMEOUT(rolledBack(), 60000);
        const QJsonArray rollouts = m_admin->get("/api/v1/projects/shop/kubernetes-rollouts?environment=production")
                                        .json()
                                        .value("items")
                                        .toArray();
        QCOMPARE(rollouts.size(), 3);
        QCOMPARE(rollouts.at(0).toObject().value("status").toString(), QStringLiteral("healthy"));
        QCOMPARE(rollouts.at(1).toObject().value("rollback").toString(),
                 QStringLiteral("rolled back automatically: deployment #3 redeploys #1"));
        QString image;
        m_api->withStore([&image](kube::KubeStore &store) {
            image = kube::firstImage(
                *store.object(QStringLiteral("deployments.apps"), QStringLiteral("shop-prod"), QStringLiteral("web")));
        });
        QCOMPARE(image, QStringLiteral("nginx:1.25"));
        // Pinned as a person's rollback pins it; recorded with why; decided once.
        QCOMPARE(m_admin->get("/api/v1/projects/shop/environments/production")
                     .json()
                     .value("pinned")
                     .toObject()
                     .value("deployment")
                     .toInteger(),
                 3);
        const QJsonArray audited =
            m_admin->get("/api/v1/audit?action=environment.rolled_back_automatically").json().value("items").toArray();
        QCOMPARE(audited.size(), 1);
        QVERIFY(QJsonDocument(audited.at(0).toObject()).toJson().contains("exceeded its progress deadline"));
        m_server->app().kubernetesAutoRollbacks().tidy();
        QCOMPARE(m_admin->get("/api/v1/projects/shop/deployments?environment=production")
                     .json()
                     .value("items")
                     .toArray()
                     .size(),
                 3);
    }

    void driftIsFoundNamedAndKept_data() { addBackendRows(); }
    void driftIsFoundNamedAndKept()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString check = QStringLiteral("/api/v1/projects/shop/kubernetes-drift?environment=production");
        QCOMPARE(m_admin->post(check, QJsonObject()).status, 409); // nothing deployed yet
        QVERIFY(targetProduction(QStringLiteral("deploy")));
        const QByteArray settings =
            "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {mode: live}\n";
        QCOMPARE(deploy(QStringLiteral("drift"), {{QStringLiteral("deploy/app.yaml"), web("nginx:1.25") + settings}})
                     .value("status")
                     .toString(),
                 QStringLiteral("success"));
        auto drift = m_admin->post(check, QJsonObject());
        QCOMPARE(drift.status, 200);
        QCOMPARE(drift.json().value("drifted").toBool(), false);

        // Someone scales by hand and deletes the ConfigMap.
        m_api->withStore([](kube::KubeStore &store) {
            store.mergePatch(*store.type(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments")),
                             QStringLiteral("shop-prod"), QStringLiteral("web"),
                             {{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 5}}}},
                             QStringLiteral("kubectl-edit"));
            store.remove(*store.type({}, QStringLiteral("v1"), QStringLiteral("configmaps")),
                         QStringLiteral("shop-prod"), QStringLiteral("settings"), QStringLiteral("Background"));
        });
        drift = m_admin->post(check, QJsonObject());
        QCOMPARE(drift.status, 200);
        const QJsonObject report = drift.json();
        QCOMPARE(report.value("drifted").toBool(), true);
        const QJsonArray objects = report.value("objects").toArray();
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects.at(0).toObject().value("name").toString(), QStringLiteral("settings"));
        QCOMPARE(objects.at(0).toObject().value("missing").toBool(), true);
        const QJsonArray fields = objects.at(1).toObject().value("fields").toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0).toObject().value("field").toString(), QStringLiteral(".spec.replicas"));
        QCOMPARE(fields.at(0).toObject().value("manager").toString(), QStringLiteral("kubectl-edit"));
        // Kept on the rollout, and measured again by the chore.
        QCOMPARE(latestRollout().value("drift").toObject().value("drifted").toBool(), true);
        const QString before = latestRollout().value("drift").toObject().value("checked_at").toString();
        QTest::qWait(1100);
        m_server->app().kubernetesDrift().tidy();
        QVERIFY(latestRollout().value("drift").toObject().value("checked_at").toString() != before);

        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password")));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient rita(m_server->url());
        rita.login(QStringLiteral("rita"), QStringLiteral("rita-password"));
        QCOMPARE(rita.post(check, QJsonObject()).status, 403);
        QCOMPARE(m_admin->post("/api/v1/projects/shop/kubernetes-drift", QJsonObject()).status, 422);
        QCOMPARE(m_admin->post("/api/v1/projects/shop/kubernetes-drift?environment=staging", QJsonObject()).status,
                 409);
    }

    void deployJobsGetTheirOwnShortLivedKubeconfig_data() { addBackendRows(); }
    void deployJobsGetTheirOwnShortLivedKubeconfig()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        m_api->addServiceAccount(QStringLiteral("shop-prod"), QStringLiteral("ci-deployer"),
                                 {{{QStringLiteral("get"), QStringLiteral("list")},
                                   {QString()},
                                   {QStringLiteral("configmaps")},
                                   {QStringLiteral("shop-prod")}}});
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/kubernetes-targets", {{"environment", "production"},
                                                                        {"cluster_id", m_cluster},
                                                                        {"manifest_path", "deploy"},
                                                                        {"service_account", "ci-deployer"}})
                     .status,
                 200);
        const QByteArray ci =
            "production:\n  script:\n"
            "    - kubectl --request-timeout=10s auth can-i list configmaps\n"
            "    - kubectl --request-timeout=10s auth can-i delete deployments || true\n"
            "    - echo \"stored-token-lines=$(grep -c deployer-token \"$KUBECONFIG\")\"\n"
            "    - echo \"namespace=$(kubectl config view --minify -o jsonpath='{.contexts[0].context.namespace}')\"\n"
            "    - grep 'token:' \"$KUBECONFIG\"\n"
            "  environment:\n    name: production\n";
        QJsonObject job =
            deploy(QStringLiteral("own-kubeconfig"), {{QStringLiteral("deploy/app.yaml"), web("nginx:1.25")}}, ci);
        QString log = logOf(job);
        QVERIFY2(job.value("status").toString() == u"success", qPrintable(log));
        QVERIFY2(log.contains(u"KUBECONFIG: a token of the environment's service account") &&
                     log.contains(u"\nyes\n") && log.contains(u"\nno\n") && log.contains(u"stored-token-lines=0") &&
                     log.contains(u"namespace=shop-prod"),
                 qPrintable(log));
        // The account's token, printed by the job, is masked as a masked variable would be.
        QVERIFY2(log.contains(u"token: [MASKED]"), qPrintable(log));
        int tokenRequests = 0;
        for (const auto &request : m_api->requests())
            tokenRequests += request.target.endsWith("/serviceaccounts/ci-deployer/token") ? 1 : 0;
        QCOMPARE(tokenRequests, 1);

        // A service account the cluster does not have: the job fails before its script, saying why.
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/kubernetes-targets", {{"environment", "production"},
                                                                        {"cluster_id", m_cluster},
                                                                        {"manifest_path", "deploy"},
                                                                        {"service_account", "nobody"}})
                     .status,
                 200);
        job = deploy(QStringLiteral("no-account"), {{QStringLiteral("deploy/app.yaml"), web("nginx:1.25")}}, ci);
        log = logOf(job);
        QCOMPARE(job.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(log.contains(u"no token for the service account nobody in shop-prod") && !log.contains(u"auth can-i"),
                 qPrintable(log));
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/shop/kubernetes-targets", {{"environment", "production"},
                                                                        {"cluster_id", m_cluster},
                                                                        {"manifest_path", "deploy"},
                                                                        {"service_account", "Not An Account"}})
                     .status,
                 422);
    }
};

QTEST_GUILESS_MAIN(TestKubernetesDeploy)
#include "tst_kubernetes_deploy.moc"
