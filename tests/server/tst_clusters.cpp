#include "AdminSession.h"
#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// A project's Kubernetes clusters over HTTP on both backends: made from a kubeconfig that is
// checked and stored sealed, shown without any credential, refused with the file's own line and
// place when the server could not or would not use it, and kept to maintainers.
class TestClusters : public QObject
{
    Q_OBJECT

private:
    static const inline QString kPassword = QStringLiteral("member-password");
    static const inline QString kToken = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.c2VydmljZS1hY2NvdW50.c2lnbmF0dXJl");
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    static QString kubeconfig(const QString &user)
    {
        const QByteArray ca =
            QByteArray("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n").toBase64();
        return QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
                              "clusters:\n- name: k3s\n  cluster:\n    server: https://k3s.example:6443\n"
                              "    certificate-authority-data: %1\n"
                              "contexts:\n- name: prod\n  context:\n    cluster: k3s\n    user: deployer\n"
                              "    namespace: shop-prod\n"
                              "users:\n- name: deployer\n  user:\n%2")
            .arg(QString::fromLatin1(ca), user);
    }

    int stored(const char *table) const
    {
        return int(m_server->app()
                       .database()
                       .query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                       .value(0, 0)
                       .toLongLong());
    }

    // An API token of the administrator's (scope api), not a session.
    QString apiToken()
    {
        return m_admin->post("/api/v1/tokens", {{"name", "ci"}, {"scopes", QJsonArray{"api"}}})
            .json()
            .value("token")
            .toString();
    }

    bool start()
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin->post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}}).status == 201 &&
               m_admin->post("/api/v1/projects", {{"name", "Other"}, {"slug", "other"}}).status == 201;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void aClusterIsKeptSealedAndShownWithoutCredentials_data() { addBackendRows(); }
    void aClusterIsKeptSealedAndShownWithoutCredentials()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const HttpResult made =
            m_admin->post("/api/v1/projects/shop/clusters",
                          {{"name", "production"}, {"kubeconfig", kubeconfig("    token: " + kToken + "\n")}});
        QCOMPARE(made.status, 201);
        const QJsonObject cluster = made.json();
        QCOMPARE(cluster.value("server"), "https://k3s.example:6443");
        QCOMPARE(cluster.value("namespace"), "shop-prod");
        QCOMPARE(cluster.value("context"), "prod");
        QCOMPARE(cluster.value("credential"), "token");
        QCOMPARE(cluster.value("custom_certificate_authority"), true);
        QCOMPARE(cluster.value("created_by"), QString::fromLatin1(TestServer::kAdmin));
        QVERIFY(!made.body.contains(kToken.toUtf8()));

        const HttpResult listed = m_admin->get("/api/v1/projects/shop/clusters");
        QCOMPARE(listed.json().value("items").toArray().size(), 1);
        QVERIFY(!listed.body.contains(kToken.toUtf8()));
        QVERIFY(m_admin->get("/api/v1/projects/other/clusters").json().value("items").toArray().isEmpty());

        // Sealed at rest, and the audit event names the cluster, never the credential.
        const QString sealed = m_server->app()
                                   .database()
                                   .query(QStringLiteral("SELECT sealed_kubeconfig FROM clusters"))
                                   .value(0, 0)
                                   .toString();
        QVERIFY(!sealed.isEmpty() && !sealed.contains(kToken) && !sealed.contains(u"k3s.example"));
        const HttpResult audit = m_admin->get("/api/v1/audit?action=cluster.created");
        QCOMPARE(audit.json().value("items").toArray().size(), 1);
        QVERIFY(!audit.body.contains(kToken.toUtf8()));

        // A second one by the same name, and a removal.
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/clusters",
                            {{"name", "production"}, {"kubeconfig", kubeconfig("    token: other\n")}})
                     .status,
                 409);
        const QString path = QStringLiteral("/api/v1/projects/shop/clusters/%1").arg(cluster.value("id").toInteger());
        QCOMPARE(m_admin->del(QStringLiteral("/api/v1/projects/other/clusters/%1").arg(cluster.value("id").toInteger()))
                     .status,
                 404);
        QCOMPARE(m_admin->del(path).status, 204);
        QCOMPARE(m_admin->del(path).status, 404);
        QCOMPARE(stored("clusters"), 0);
        QCOMPARE(m_admin->get("/api/v1/audit?action=cluster.deleted").json().value("items").toArray().size(), 1);
    }

    void kubeconfigsTheServerWillNotUseAreRefusedWithTheirPlace_data() { addBackendRows(); }
    void kubeconfigsTheServerWillNotUseAreRefusedWithTheirPlace()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const auto refusal = [this](const QJsonObject &body) {
            const HttpResult result = m_admin->post("/api/v1/projects/shop/clusters", body);
            return std::pair{result.status, QString::fromUtf8(result.body)};
        };
        const auto [execStatus, exec] = refusal(
            {{"name", "prod"}, {"kubeconfig", kubeconfig("    exec:\n      command: aws-iam-authenticator\n")}});
        QCOMPARE(execStatus, 422);
        QVERIFY2(exec.contains(u"users[0].user.exec") && exec.contains(u"kubeconfig"), qPrintable(exec));
        QCOMPARE(refusal({{"name", "prod"}, {"kubeconfig", kubeconfig("    tokenFile: /etc/passwd\n")}}).first, 422);
        QCOMPARE(refusal({{"name", "prod"}, {"kubeconfig", "clusters: [unclosed"}}).first, 422);
        QCOMPARE(refusal({{"name", "prod"}, {"kubeconfig", kubeconfig("    token: a\n")}, {"context", "nope"}}).first,
                 422);
        QCOMPARE(refusal({{"name", "Prod Cluster"}, {"kubeconfig", kubeconfig("    token: a\n")}}).first, 422);
        QCOMPARE(refusal({{"name", "prod"}}).first, 422);
        QCOMPARE(refusal({{"name", "prod"}, {"kubeconfig", 42}}).first, 422);
        QCOMPARE(refusal({{"name", "prod"}, {"kubeconfig", kubeconfig("    token: a\n")}, {"extra", true}}).first, 422);
        const HttpResult huge = m_admin->post("/api/v1/projects/shop/clusters",
                                              {{"name", "prod"}, {"kubeconfig", QString(300 * 1024, u'x')}});
        QVERIFY(huge.status == 413 || huge.status == 422);
        QCOMPARE(stored("clusters"), 0);
    }

    // An organisation's clusters: its admins add, test and remove them; every project of it sees them
    // (scope "organisation") and may deploy to them or run jobs on them, but cannot remove them.
    void anOrganisationsClustersServeAllItsProjects_data() { addBackendRows(); }
    void anOrganisationsClustersServeAllItsProjects()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString clusters = QStringLiteral("/api/v1/organisations/default/clusters");
        const QJsonObject body{{"name", "shared"}, {"kubeconfig", kubeconfig("    token: " + kToken + "\n")}};
        QCOMPARE(m_admin->post(clusters, {{"name", "Bad Name"}, {"kubeconfig", "nope"}}).errorFields(),
                 (QStringList{"name", "kubeconfig"}));
        const HttpResult made = m_admin->post(clusters, body);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json().value("scope").toString(), QStringLiteral("organisation"));
        QVERIFY(!made.body.contains(kToken.toUtf8()));
        QCOMPARE(m_admin->post(clusters, body).status, 409); // the name is taken in the organisation
        const qint64 id = made.json().value("id").toInteger();
        // A project's own cluster may have the same name; its list has both, its own first.
        QCOMPARE(m_admin
                     ->post("/api/v1/projects/shop/clusters",
                            {{"name", "shared"}, {"kubeconfig", kubeconfig("    token: own\n")}})
                     .status,
                 201);
        const QJsonArray listed = m_admin->get("/api/v1/projects/shop/clusters").json().value("items").toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value("scope").toString(), QStringLiteral("project"));
        QCOMPARE(listed.at(1).toObject().value("scope").toString(), QStringLiteral("organisation"));
        QCOMPARE(m_admin->get("/api/v1/projects/other/clusters").json().value("items").toArray().size(), 1);
        QCOMPARE(m_admin->get(clusters).json().value("items").toArray().size(), 1); // only its own

        // Projects use it: a target and an executor on it.
        QCOMPARE(m_admin
                     ->put("/api/v1/projects/other/kubernetes-targets",
                           {{"environment", "production"}, {"cluster_id", id}, {"manifest_path", "deploy"}})
                     .status,
                 200);
        const auto executor = m_admin->put("/api/v1/projects/other/kubernetes-executor", {{"cluster_id", id}});
        QCOMPARE(executor.status, 200);
        QCOMPARE(executor.json().value("cluster").toString(), QStringLiteral("shared"));
        // ... but only its organisation can remove it.
        QCOMPARE(m_admin->del(QStringLiteral("/api/v1/projects/other/clusters/%1").arg(id)).status, 404);
        // Testing it from the organisation, or from one of its projects, keeps the outcome.
        const auto tested = m_admin->post(clusters + QStringLiteral("/%1/test").arg(id), QJsonObject{});
        QCOMPARE(tested.status, 200);
        QCOMPARE(tested.json().value("connected").toBool(), false); // k3s.example is nowhere
        QVERIFY(m_admin->get(clusters).json().value("items").toArray().at(0).toObject().value("last_check").isObject());

        // Who may: a member sees them, only admins change them, an outsider learns nothing, a token never adds one.
        for (const char *user : {"mona", "olaf"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kPassword));
        HttpTestClient mona(m_server->url());
        mona.login(QStringLiteral("mona"), kPassword); // every account is a member of default
        QCOMPARE(mona.get(clusters).status, 200);
        QCOMPARE(mona.post(clusters, body).status, 403);
        QCOMPARE(mona.del(clusters + QStringLiteral("/%1").arg(id)).status, 403);
        QCOMPARE(mona.post(clusters + QStringLiteral("/%1/test").arg(id), QJsonObject{}).status, 403);
        QCOMPARE(m_admin->post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        HttpTestClient olaf(m_server->url());
        olaf.login(QStringLiteral("olaf"), kPassword);
        QCOMPARE(olaf.get("/api/v1/organisations/acme/clusters").status, 404);
        HttpTestClient script(m_server->url());
        script.setToken(apiToken());
        QCOMPARE(script.post(clusters, {{"name", "other"}, {"kubeconfig", kubeconfig("    token: a\n")}}).status, 403);

        // Removing it removes what used it; audited on the organisation.
        QCOMPARE(m_admin->del(clusters + QStringLiteral("/%1").arg(id)).status, 204);
        QCOMPARE(m_admin->del(clusters + QStringLiteral("/%1").arg(id)).status, 404);
        QCOMPARE(m_admin->get("/api/v1/projects/other/kubernetes-executor").status, 404);
        QVERIFY(m_admin->get("/api/v1/projects/other/kubernetes-targets").json().value("items").toArray().isEmpty());
        const QJsonArray audit = m_admin->get("/api/v1/audit?action=cluster.deleted").json().value("items").toArray();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).toObject().value("target").toObject().value("type").toString(),
                 QStringLiteral("organisation"));
    }

    // Schema 35 makes the clusters table again on SQLite: what referred to a cluster stays.
    void clustersAndWhatUsesThemSurviveTheOrganisationMigration_data() { addBackendRows(); }
    void clustersAndWhatUsesThemSurviveTheOrganisationMigration()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        const Backend fresh = TestBackends::create(backend);
        auto database = adp::server::storage::Database::open(fresh.databaseUrl);
        adp::server::storage::Migrator migrator(*database);
        migrator.migrate(34);
        const auto exec = [&database](const QString &sql) { database->query(sql); };
        exec(QStringLiteral(
            "INSERT INTO projects (id, name, sort_name, search_text, slug, default_branch, visibility, "
            "created_at, updated_at) VALUES (7, 'Shop', 'shop', 'shop', 'shop', 'main', 'private', 0, 0)"));
        exec(QStringLiteral("INSERT INTO clusters (id, project_id, name, server, namespace, context, credential, "
                            "sealed_kubeconfig, created_at, updated_at, check_version) VALUES (42, 7, 'prod', "
                            "'https://k3s.example:6443', 'shop', 'prod', 'token', 'sealed', 0, 0, 'v1.28.4')"));
        exec(QStringLiteral("INSERT INTO kubernetes_targets (project_id, environment, cluster_id, namespace, "
                            "manifest_path, updated_at) VALUES (7, 'production', 42, 'shop', 'deploy', 0)"));
        exec(QStringLiteral("INSERT INTO kubernetes_executors (project_id, cluster_id, namespace, image, "
                            "helper_image, updated_at) VALUES (7, 42, 'ci', 'debian:12-slim', 'busybox:1.36', 0)"));
        migrator.migrate(35);
        const auto count = [&database](const QString &sql) { return database->query(sql).value(0, 0).toLongLong(); };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM clusters WHERE id = 42 AND project_id = 7 AND "
                                      "organisation_id IS NULL AND check_version = 'v1.28.4'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM kubernetes_targets WHERE cluster_id = 42")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM kubernetes_executors WHERE cluster_id = 42")), 1);
        // The references still hold: removing the cluster removes them.
        exec(QStringLiteral("DELETE FROM clusters WHERE id = 42"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM kubernetes_targets")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM kubernetes_executors")), 0);
    }

    void onlyMaintainersAddThemAndNoTokenCan_data() { addBackendRows(); }
    void onlyMaintainersAddThemAndNoTokenCan()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        for (const char *user : {"rita", "olaf"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kPassword));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        const QJsonObject body{{"name", "prod"}, {"kubeconfig", kubeconfig("    token: a\n")}};
        HttpTestClient rita(m_server->url());
        rita.login(QStringLiteral("rita"), kPassword);
        HttpTestClient olaf(m_server->url());
        olaf.login(QStringLiteral("olaf"), kPassword);
        QCOMPARE(rita.post("/api/v1/projects/shop/clusters", body).status, 403);
        QCOMPARE(olaf.post("/api/v1/projects/shop/clusters", body).status, 404);
        QCOMPARE(rita.get("/api/v1/projects/shop/clusters").status, 200);
        QCOMPARE(olaf.get("/api/v1/projects/shop/clusters").status, 404);
        // A kubeconfig is a credential: handed over in a signed-in session, never by an API token.
        HttpTestClient script(m_server->url());
        script.setToken(apiToken());
        QCOMPARE(script.post("/api/v1/projects/shop/clusters", body).status, 403);
        QCOMPARE(stored("clusters"), 0);
    }

    void testingAConnectionReportsWhatTheCredentialsMayDo_data() { addBackendRows(); }
    void testingAConnectionReportsWhatTheCredentialsMayDo()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        kube::TestPki pki;
        QVERIFY2(pki.ok(), qPrintable(pki.error()));
        kube::FakeKubeApi api(kube::FakeKubeApi::Tls{pki.serverCertificate(), pki.serverKey(), pki.caCertificate()});
        QVERIFY(api.ok());
        api.addToken(QStringLiteral("deployer-token"), QStringLiteral("deployer"),
                     {{{QStringLiteral("*")},
                       {QStringLiteral("apps"), QString()},
                       {QStringLiteral("deployments"), QStringLiteral("replicasets"), QStringLiteral("services"),
                        QStringLiteral("configmaps")},
                       {QStringLiteral("shop-prod")}}});
        const auto kubeconfigFor = [&](const QString &token) {
            return api.kubeconfig(pki.caCertificate(), token, QStringLiteral("shop-prod"));
        };

        // Before adding: the draft is tried and kept nowhere.
        auto draft = m_admin->post("/api/v1/projects/shop/clusters/test", {{"kubeconfig", kubeconfigFor("revoked")}});
        QCOMPARE(draft.status, 200);
        QCOMPARE(draft.json().value("connected").toBool(), false);
        QCOMPARE(draft.json().value("problem").toString(), QStringLiteral("unauthorized"));
        QCOMPARE(stored("clusters"), 0);
        draft = m_admin->post("/api/v1/projects/shop/clusters/test", {{"kubeconfig", "clusters: [}"}});
        QCOMPARE(draft.status, 422);

        const auto created = m_admin->post("/api/v1/projects/shop/clusters",
                                           {{"name", "prod"}, {"kubeconfig", kubeconfigFor("deployer-token")}});
        QCOMPARE(created.status, 201);
        QVERIFY(created.json().value("last_check").isNull());
        const QString id = QString::number(created.json().value("id").toInteger());
        const auto tested = m_admin->post("/api/v1/projects/shop/clusters/" + id + "/test", QJsonObject());
        QCOMPARE(tested.status, 200);
        const QJsonObject report = tested.json();
        QVERIFY2(report.value("connected").toBool(), qPrintable(report.value("message").toString()));
        QCOMPARE(report.value("version").toString(), QStringLiteral("v1.28.4+k3s1"));
        QCOMPARE(report.value("namespace").toString(), QStringLiteral("shop-prod"));
        QCOMPARE(report.value("can_deploy").toBool(), true);
        QCOMPARE(report.value("can_run_jobs").toBool(), false);
        QVERIFY2(report.value("message").toString().contains("may not: create pods"),
                 qPrintable(report.value("message").toString()));
        int refused = 0;
        for (const QJsonValue &permission : report.value("permissions").toArray())
            refused += permission.toObject().value("allowed").toBool() ? 0 : 1;
        QCOMPARE(refused, 4);
        QVERIFY(!report.value("rules").toArray().isEmpty());
        QVERIFY(!QJsonDocument(report).toJson().contains("deployer-token"));

        // The outcome stays with the cluster for lists to show.
        const QJsonObject listed =
            m_admin->get("/api/v1/projects/shop/clusters").json().value("items").toArray().at(0).toObject();
        QCOMPARE(listed.value("last_check").toObject().value("connected").toBool(), true);
        QCOMPARE(listed.value("last_check").toObject().value("version").toString(), QStringLiteral("v1.28.4+k3s1"));

        QCOMPARE(m_admin->post("/api/v1/projects/shop/clusters/999999/test", QJsonObject()).status, 404);
        QCOMPARE(m_admin->post("/api/v1/projects/other/clusters/" + id + "/test", QJsonObject()).status, 404);
        QVERIFY(m_server->addUser(QStringLiteral("rita"), kPassword));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient rita(m_server->url());
        rita.login(QStringLiteral("rita"), kPassword);
        QCOMPARE(rita.post("/api/v1/projects/shop/clusters/" + id + "/test", QJsonObject()).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestClusters)
#include "tst_clusters.moc"
