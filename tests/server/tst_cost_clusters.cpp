#include "CommandRun.h"
#include "HttpTestClient.h"
#include "TestServer.h"
#include "core/Clock.h"
#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"
#include "ports/Housekeeping.h"
#include "shared/costs/Money.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace adp::test;
using adp::shared::costs::nanosOfDecimal;

// What connected clusters' workloads cost, on both backends, through the real sampler against the
// fake Kubernetes API (nodes, running pods, metrics.k8s.io) and a clock moved by hand: an hour of
// five-minute passes, priced at the node prices; OpenCost's allocation by namespace, controller
// and label with idle as its own row, shared namespaces split evenly or by weight, idle shared; the
// cost in the ledger by project, environment (a Kubernetes target's namespace) and service; a
// cluster without metrics charged its requests; over-requested workloads in the savings advice.
class TestCostClusters : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kube::TestPki> m_pki;
    std::unique_ptr<kube::FakeKubeApi> m_api;
    std::shared_ptr<adp::server::ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    const QString m_costs = QStringLiteral("/api/v1/organisations/default/costs");

    static QJsonObject pod(const QString &ns, const QString &name, const QJsonObject &labels, const QJsonArray &owners,
                           const QString &cpu, const QString &memory, const QString &phase = QStringLiteral("Running"))
    {
        QJsonObject metadata{{"name", name}, {"namespace", ns}, {"labels", labels}};
        if (!owners.isEmpty())
            metadata.insert("ownerReferences", owners);
        return {{"apiVersion", "v1"},
                {"kind", "Pod"},
                {"metadata", metadata},
                {"spec",
                 QJsonObject{
                     {"containers",
                      QJsonArray{QJsonObject{
                          {"name", "main"},
                          {"image", "example/app:1"},
                          {"resources", QJsonObject{{"requests", QJsonObject{{"cpu", cpu}, {"memory", memory}}}}}}}}}},
                {"status", QJsonObject{{"phase", phase}}}};
    }

    static QJsonObject metrics(const QString &ns, const QString &name, const QString &cpu, const QString &memory)
    {
        return {{"apiVersion", "metrics.k8s.io/v1beta1"},
                {"kind", "PodMetrics"},
                {"metadata", QJsonObject{{"name", name}, {"namespace", ns}}},
                {"timestamp", "2026-12-01T00:00:00Z"},
                {"window", "15s"},
                {"containers",
                 QJsonArray{QJsonObject{{"name", "main"}, {"usage", QJsonObject{{"cpu", cpu}, {"memory", memory}}}}}}};
    }

    static QJsonObject node(const QString &name)
    {
        return {{"apiVersion", "v1"},
                {"kind", "Node"},
                {"metadata", QJsonObject{{"name", name}}},
                {"status", QJsonObject{{"capacity", QJsonObject{{"cpu", "4"}, {"memory", "16Gi"}, {"pods", "110"}}}}}};
    }

    static QJsonObject corpusPod()
    {
        QFile in(QStringLiteral(ADP_SOURCE_DIR "/tests/data/kubernetes/pod-nginx-from-replicaset.json"));
        return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object() : QJsonObject{};
    }

    // Two nodes of 4 CPUs and 16 GiB; in shop-prod the Deployment web (two pods of 500m and
    // 512Mi, using 100m and 750m, 256Mi each), in kube-system the DaemonSet kube-proxy (100m,
    // 128Mi; using half), in batch a bare pod (250m, 256Mi, using all) and a pending one (not
    // counted), in default the corpus's nginx pod of a ReplicaSet (200m, 20Mi; no metrics).
    void populateCluster()
    {
        m_api->withStore([](kube::KubeStore &store) {
            const auto write = [&](const QString &groupResource, const QJsonObject &object) {
                for (const kube::ResourceType &type : store.types()) {
                    if (type.groupResource() == groupResource)
                        store.writeObject(type, object);
                }
            };
            write("nodes", node("node-a"));
            write("nodes", node("node-b"));
            const QJsonArray webOwner{QJsonObject{{"apiVersion", "apps/v1"},
                                                  {"kind", "ReplicaSet"},
                                                  {"name", "web-7d4b5"},
                                                  {"uid", "u1"},
                                                  {"controller", true}}};
            const QJsonObject webLabels{{"app", "web"}, {"team", "shop"}, {"pod-template-hash", "7d4b5"}};
            write("pods", pod("shop-prod", "web-7d4b5-a", webLabels, webOwner, "500m", "512Mi"));
            write("pods", pod("shop-prod", "web-7d4b5-b", webLabels, webOwner, "500m", "512Mi"));
            write("pods.metrics.k8s.io", metrics("shop-prod", "web-7d4b5-a", "100000000n", "262144Ki"));
            write("pods.metrics.k8s.io", metrics("shop-prod", "web-7d4b5-b", "750m", "256Mi"));
            const QJsonArray proxyOwner{QJsonObject{{"apiVersion", "apps/v1"},
                                                    {"kind", "DaemonSet"},
                                                    {"name", "kube-proxy"},
                                                    {"uid", "u2"},
                                                    {"controller", true}}};
            write("pods", pod("kube-system", "kube-proxy-x1", QJsonObject{{"k8s-app", "kube-proxy"}}, proxyOwner,
                              "100m", "128Mi"));
            write("pods.metrics.k8s.io", metrics("kube-system", "kube-proxy-x1", "50m", "64Mi"));
            write("pods", pod("batch", "one-off", QJsonObject{{"app", "report"}}, {}, "250m", "256Mi"));
            write("pods.metrics.k8s.io", metrics("batch", "one-off", "250m", "256Mi"));
            write("pods", pod("batch", "waiting", QJsonObject{{"app", "report"}}, {}, "4", "8Gi", "Pending"));
            write("pods", corpusPod());
        });
    }

    bool start()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        // An hour of passes from 01:00 UTC today never crosses midnight.
        const QDateTime today = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(1, 0), Qt::UTC);
        m_clock = std::make_shared<adp::server::ManualClock>(today.toMSecsSinceEpoch());
        m_server =
            std::make_unique<TestServer>(TestBackends::create(backend), m_clock, 365 * 24 * 3600, 365 * 24 * 3600);
        if (!m_server->ok())
            return false;
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        if (m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty())
            return false;
        if (m_admin->post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}}).status != 201)
            return false;
        const QString kubeconfig =
            m_api->kubeconfig(m_pki->caCertificate(), QStringLiteral("cost-token"), QStringLiteral("shop-prod"));
        const HttpResult cluster =
            m_admin->post("/api/v1/projects/shop/clusters", {{"name", "k3s"}, {"kubeconfig", kubeconfig}});
        if (cluster.status != 201)
            return false;
        const QString from = today.date().addDays(-30).toString(Qt::ISODate);
        for (const auto &[meter, price] : {std::pair{"cluster.cpu", "0.04"}, std::pair{"cluster.memory", "0.005"}}) {
            if (m_admin
                    ->post(m_costs + QStringLiteral("/prices"),
                           {{"meter", meter}, {"price", price}, {"currency", "USD"}, {"valid_from", from}})
                    .status != 201)
                return false;
        }
        // production deploys to shop-prod: what runs there is its cost.
        return m_admin
                   ->put("/api/v1/projects/shop/kubernetes-targets",
                         {{"environment", "production"},
                          {"cluster_id", cluster.json().value("id").toInteger()},
                          {"namespace", "shop-prod"},
                          {"manifest_path", "k8s"}})
                   .status == 200;
    }

    // A first pass, then `passes` more five minutes apart.
    void sampleFor(int passes)
    {
        adp::server::ports::Housekeeping &sampler = m_server->app().clusterUsageSampler();
        sampler.tidy();
        for (int pass = 0; pass < passes; ++pass) {
            m_clock->advanceMs(5 * 60'000);
            sampler.tidy();
        }
    }

    QJsonObject allocation(const QString &query)
    {
        const HttpResult result = m_admin->get(m_costs + QStringLiteral("/allocation?window=today&") + query);
        return result.status == 200 ? result.json() : QJsonObject{{"error", QString::fromUtf8(result.body)}};
    }

    static QJsonObject row(const QJsonObject &set, const QString &name)
    {
        for (const QJsonValue &value : set.value("allocations").toArray()) {
            if (value.toObject().value("name").toString() == name)
                return value.toObject();
        }
        return {};
    }

    static qint64 money(const QJsonObject &object, const char *key)
    {
        return nanosOfDecimal(object.value(QLatin1String(key)).toString()).value_or(-1);
    }

    static qint64 sumOf(const QJsonObject &set, const char *key)
    {
        qint64 sum = 0;
        for (const QJsonValue &value : set.value("allocations").toArray())
            sum += money(value.toObject(), key);
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = std::make_unique<kube::TestPki>();
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void init()
    {
        m_api = std::make_unique<kube::FakeKubeApi>(
            kube::FakeKubeApi::Tls{m_pki->serverCertificate(), m_pki->serverKey(), m_pki->caCertificate()});
        QVERIFY(m_api->ok());
        m_api->addToken(QStringLiteral("cost-token"), QStringLiteral("opencost"), {kube::FakeKubeApi::everything()});
        for (const char *ns : {"shop-prod", "batch"})
            m_api->addNamespace(QLatin1String(ns));
        populateCluster();
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
        m_api.reset();
    }

    void workloadsAreChargedMaxOfRequestAndUsageWithIdleAsItsOwnRow_data() { addBackendRows(); }
    void workloadsAreChargedMaxOfRequestAndUsageWithIdleAsItsOwnRow()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QJsonObject before = allocation(QStringLiteral("aggregate=namespace"));
        QVERIFY2(before.value("allocations").toArray().isEmpty(), qPrintable(QJsonDocument(before).toJson()));
        QVERIFY(before.value("notes").toArray().first().toString().contains(u"not been sampled"));

        sampleFor(12); // an hour

        const QJsonObject byNamespace = allocation(QStringLiteral("aggregate=namespace"));
        QVERIFY2(!byNamespace.contains("error"), qPrintable(byNamespace.value("error").toString()));
        QCOMPARE(byNamespace.value("currency").toString(), QStringLiteral("USD"));
        const QJsonObject shop = row(byNamespace, "shop-prod");
        QCOMPARE(shop.value("minutes").toDouble(), 60.0);
        QCOMPARE(shop.value("cpuCoreRequestAverage").toDouble(), 1.0);
        QCOMPARE(shop.value("cpuCoreUsageAverage").toDouble(), 0.85);
        // max(request, usage) pod by pod: 500m + 750m for an hour.
        QCOMPARE(shop.value("cpuCoreHours").toDouble(), 1.25);
        QCOMPARE(shop.value("cpuCores").toDouble(), 1.25);
        QCOMPARE(shop.value("cpuEfficiency").toDouble(), 0.85);
        QCOMPARE(shop.value("ramByteHours").toDouble(), 1073741824.0);
        QCOMPARE(shop.value("ramEfficiency").toDouble(), 0.5);
        QCOMPARE(money(shop, "cpuCost"), 50'000'000); // 1.25 CPU-hours × 0.04
        QCOMPARE(money(shop, "ramCost"), 5'000'000);  // 1 GiB-hour × 0.005
        QCOMPARE(money(shop, "totalCost"), 55'000'000);
        QCOMPARE(shop.value("properties").toObject().value("namespace").toString(), QStringLiteral("shop-prod"));
        QCOMPARE(money(row(byNamespace, "kube-system"), "totalCost"), 4'625'000);
        QCOMPARE(money(row(byNamespace, "batch"), "totalCost"), 11'250'000); // the pending pod is not counted
        // The corpus pod: no metrics for it, charged its request (200m, 20Mi).
        QCOMPARE(row(byNamespace, "default").value("cpuCoreHours").toDouble(), 0.2);
        QCOMPARE(money(row(byNamespace, "default"), "totalCost"), 8'000'000 + 97'656);
        // The nodes' 8 CPUs and 32 GiB for the hour cost 0.48; what no workload took is idle.
        const QJsonObject idle = row(byNamespace, "__idle__");
        QCOMPARE(idle.value("cpuCoreHours").toDouble(), 6.2);
        QCOMPARE(money(idle, "totalCost"), 480'000'000 - 55'000'000 - 4'625'000 - 11'250'000 - 8'097'656);
        QCOMPARE(byNamespace.value("allocations").toArray().last().toObject().value("name").toString(),
                 QStringLiteral("__idle__"));
        QCOMPARE(money(byNamespace, "total_cost"), 480'000'000);
        QCOMPARE(sumOf(byNamespace, "totalCost"), 480'000'000);

        // By controller: a ReplicaSet's pods are their Deployment's; a bare pod has no controller.
        const QJsonObject byController = allocation(QStringLiteral("aggregate=controller"));
        QCOMPARE(money(row(byController, "deployment:web"), "totalCost"), 55'000'000);
        QCOMPARE(money(row(byController, "daemonset:kube-proxy"), "totalCost"), 4'625'000);
        QCOMPARE(money(row(byController, "deployment:nginx"), "totalCost"), 8'097'656);
        QCOMPARE(money(row(byController, "__unallocated__"), "totalCost"), 11'250'000);
        // By label: the workloads without it together; by cluster: idle per cluster.
        const QJsonObject byTeam = allocation(QStringLiteral("aggregate=label:team"));
        QCOMPARE(money(row(byTeam, "shop"), "totalCost"), 55'000'000);
        QCOMPARE(row(byTeam, "shop").value("properties").toObject().value("labels").toObject().value("team"),
                 QJsonValue("shop"));
        QCOMPARE(money(row(byTeam, "__unallocated__"), "totalCost"), 4'625'000 + 11'250'000 + 8'097'656);
        const QJsonObject byCluster = allocation(QStringLiteral("aggregate=cluster,namespace&idle=true"));
        QCOMPARE(money(row(byCluster, "shop/k3s/shop-prod"), "totalCost"), 55'000'000);
        QCOMPARE(row(byCluster, "__idle__").value("properties").toObject().value("cluster").toString(),
                 QStringLiteral("shop/k3s"));
        const QJsonObject withoutIdle = allocation(QStringLiteral("idle=false"));
        QVERIFY(row(withoutIdle, "__idle__").isEmpty());
        QCOMPARE(money(withoutIdle, "total_cost"), 55'000'000 + 4'625'000 + 11'250'000 + 8'097'656);

        // adp costs allocation, as a person types it.
        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult table =
            adp({"costs", "--org", "default", "allocation", "--window", "today", "--aggregate", "controller"});
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(u"0.48 USD in all") && table.out.contains(u"deployment:web") &&
                     table.out.contains(u"1.25") && table.out.contains(u"__idle__"),
                 qPrintable(table.out));
        const CommandResult json =
            adp({"costs", "--org", "default", "allocation", "--window", "today", "--share-idle", "--output", "json"});
        QCOMPARE(json.json().value("total_cost").toString(), QStringLiteral("0.48"));
        QCOMPARE(json.json().value("share_idle").toBool(), true);
        const CommandResult bad = adp({"costs", "--org", "default", "allocation", "--share-split", "fair"});
        QVERIFY(bad.code != 0);
        QVERIFY2(bad.err.contains(u"shareSplit"), qPrintable(bad.err));
    }

    void sharedNamespacesAndIdleAreSplitWithoutLosingABillionth_data() { addBackendRows(); }
    void sharedNamespacesAndIdleAreSplitWithoutLosingABillionth()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        sampleFor(12);
        const QJsonObject even = allocation(QStringLiteral("shareNamespaces=kube-system&shareSplit=even&idle=false"));
        QVERIFY(row(even, "kube-system").isEmpty());
        // 4,625,000 over three rows: 1,541,666.67 each, the odd billionths to the largest remainders.
        QCOMPARE(sumOf(even, "sharedCost"), 4'625'000);
        for (const char *name : {"shop-prod", "batch", "default"}) {
            const qint64 shared = money(row(even, QLatin1String(name)), "sharedCost");
            QVERIFY2(shared == 1'541'666 || shared == 1'541'667, name);
        }
        QCOMPARE(money(even, "total_cost"), 55'000'000 + 4'625'000 + 11'250'000 + 8'097'656);

        const QJsonObject weighted = allocation(QStringLiteral("shareNamespaces=kube-system&idle=false"));
        QCOMPARE(sumOf(weighted, "sharedCost"), 4'625'000);
        // By each row's cost: shop-prod's 55,000,000 of 74,347,656.
        const qint64 shopShare = money(row(weighted, "shop-prod"), "sharedCost");
        QVERIFY2(std::abs(shopShare - qint64(4'625'000.0 * 55'000'000.0 / 74'347'656.0)) <= 1,
                 qPrintable(QString::number(shopShare)));
        QCOMPARE(money(weighted, "total_cost"), money(even, "total_cost"));

        // Idle shared by each row's CPU and memory cost: no idle row, nothing lost.
        const QJsonObject sharedIdle = allocation(QStringLiteral("shareIdle=true"));
        QVERIFY(row(sharedIdle, "__idle__").isEmpty());
        QCOMPARE(money(sharedIdle, "total_cost"), 480'000'000);
        QCOMPARE(sumOf(sharedIdle, "totalCost"), 480'000'000);
        QVERIFY(money(row(sharedIdle, "shop-prod"), "cpuCost") > 50'000'000);
    }

    void clusterCostsAreInTheLedgerBudgetsAndSavingsRead_data() { addBackendRows(); }
    void clusterCostsAreInTheLedgerBudgetsAndSavingsRead()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        sampleFor(12);
        const QString day = m_clock->now().date().toString(Qt::ISODate);
        const QString to = m_clock->now().date().addDays(1).toString(Qt::ISODate);
        const auto groups = [&](const QString &by) {
            QHash<QString, qint64> found;
            const HttpResult result =
                m_admin->get(m_costs + QStringLiteral("/breakdown?from=%1&to=%2&by=%3&interval=none").arg(day, to, by));
            for (const QJsonValue &group : result.json().value("groups").toArray())
                found.insert(group.toObject().value("key").toString(), money(group.toObject(), "cost"));
            return found;
        };
        // The target's namespace is production's; the rest, idle among it, the cluster's project's.
        QCOMPARE(groups("environment").value("shop/production"), 55'000'000);
        QCOMPARE(groups("project").value("shop"), 480'000'000);
        QCOMPARE(groups("service").value("Kubernetes clusters"), 480'000'000);

        // What it is made of: each workload over the period, and the cluster's idle capacity.
        const auto lines = [&](const QString &filter) {
            return m_admin->get(m_costs + QStringLiteral("/lines?from=%1&to=%2%3").arg(day, to, filter)).json();
        };
        const QJsonObject shopLines = lines(QStringLiteral("&project=shop"));
        QCOMPARE(money(shopLines, "total_cost"), 480'000'000);
        QCOMPARE(shopLines.value("found").toInt(), 5);
        const QJsonArray made = shopLines.value("lines").toArray();
        QCOMPARE(made.at(0).toObject().value("source").toString(), QStringLiteral("idle"));
        QCOMPARE(made.at(0).toObject().value("what").toString(), QStringLiteral("shop/k3s"));
        QCOMPARE(made.at(1).toObject().value("what").toString(), QStringLiteral("shop/k3s/shop-prod/deployment:web"));
        QCOMPARE(money(made.at(1).toObject(), "cost"), 55'000'000);
        QCOMPARE(made.at(1).toObject().value("environment").toString(), QStringLiteral("shop/production"));
        QCOMPARE(made.at(3).toObject().value("what").toString(), QStringLiteral("shop/k3s/default/deployment:nginx"));
        const QJsonObject production = lines(QStringLiteral("&environment=shop/production"));
        QCOMPARE(production.value("lines").toArray().size(), 1);
        QCOMPARE(money(production, "total_cost"), 55'000'000);
        QCOMPARE(lines(QStringLiteral("&team=shop")).value("found").toInt(), 0); // usage has no team

        // Requests well above the p95 of usage: the memory of web's pods, kube-proxy's CPU and memory.
        const HttpResult savings = m_admin->get(m_costs + QStringLiteral("/savings"));
        QCOMPARE(savings.status, 200);
        QHash<QString, QJsonObject> workloads;
        for (const QJsonValue &item : savings.json().value("items").toArray()) {
            if (item.toObject().value("kind").toString() == u"over_requested_workload")
                workloads.insert(item.toObject().value("subject").toString(), item.toObject());
        }
        const QJsonObject web = workloads.value("shop/k3s/shop-prod/deployment:web");
        QCOMPARE(web.value("project").toString(), QStringLiteral("shop"));
        const QJsonObject figures = web.value("figures").toObject();
        QCOMPARE(figures.value("cpu_p95_millicores").toInteger(), 425);     // (100m + 750m) / 2 pods
        QCOMPARE(figures.value("cpu_advised_millicores").toInteger(), 500); // 510 would exceed the request
        QCOMPARE(figures.value("memory_p95_mib").toInteger(), 256);
        QCOMPARE(figures.value("memory_advised_mib").toInteger(), 308); // + 20%
        // 204 MiB × 2 pods × 720 hours at 0.005 a GiB-hour.
        QCOMPARE(money(web, "saving"), 1'434'375'000);
        QVERIFY(web.value("message").toString().contains(u"95th percentile"));
        // kube-proxy: 40m × 720 h × 0.04 + 51 MiB × 720 h × 0.005 / 1024.
        QCOMPARE(money(workloads.value("shop/k3s/kube-system/daemonset:kube-proxy"), "saving"),
                 1'152'000'000 + 179'296'875);
        // The bare pod uses what it asks for; the corpus pod has no metrics: nothing to judge by.
        QCOMPARE(workloads.size(), 2);
    }

    void aClusterWithoutMetricsIsChargedItsRequests_data() { addBackendRows(); }
    void aClusterWithoutMetricsIsChargedItsRequests()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        sampleFor(12);
        m_api->withStore([](kube::KubeStore &store) { store.removeType(QStringLiteral("pods.metrics.k8s.io")); });
        for (int pass = 0; pass < 12; ++pass) {
            m_clock->advanceMs(5 * 60'000);
            m_server->app().clusterUsageSampler().tidy();
        }
        const QJsonObject set = allocation(QStringLiteral("aggregate=namespace"));
        // The second hour at requests: 1.0 CPU-hour, usage unknown (0).
        QCOMPARE(row(set, "shop-prod").value("cpuCoreHours").toDouble(), 2.25);
        QCOMPARE(row(set, "shop-prod").value("minutes").toDouble(), 120.0);
        bool said = false;
        for (const QJsonValue &note : set.value("notes").toArray())
            said = said || note.toString().contains(u"serves no metrics.k8s.io");
        QVERIFY2(said, qPrintable(QJsonDocument(set.value("notes").toArray()).toJson()));
        // Without measured usage no request is judged.
        const HttpResult savings = m_admin->get(m_costs + QStringLiteral("/savings"));
        for (const QJsonValue &item : savings.json().value("items").toArray())
            QVERIFY(item.toObject().value("kind").toString() != u"over_requested_workload");
    }

    void aSecondPassOverTheSameIntervalCountsNothing_data() { addBackendRows(); }
    void aSecondPassOverTheSameIntervalCountsNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        adp::server::ports::Housekeeping &sampler = m_server->app().clusterUsageSampler();
        sampler.tidy();
        m_clock->advanceMs(5 * 60'000);
        sampler.tidy();
        sampler.tidy(); // a second leader's pass at the same moment
        // A gap longer than five minutes counts five: the server does not guess what it did not see.
        m_clock->advanceMs(60 * 60'000);
        sampler.tidy();
        const QJsonObject set = allocation(QStringLiteral("aggregate=namespace"));
        QCOMPARE(row(set, "shop-prod").value("minutes").toDouble(), 10.0);
        // Samples older than the p95 looks at go as new ones are kept.
        const auto sampledAt = [&]() {
            return m_server->app()
                .database()
                .query(QStringLiteral("SELECT COUNT(DISTINCT sampled_at) FROM cluster_usage_samples"))
                .value(0, 0)
                .toLongLong();
        };
        QCOMPARE(sampledAt(), 3);
        m_clock->advanceMs(16LL * 86'400'000);
        sampler.tidy();
        QCOMPARE(sampledAt(), 1);
    }

    void badQueriesAreRefusedAndStrangersSeeNothing_data() { addBackendRows(); }
    void badQueriesAreRefusedAndStrangersSeeNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QList<std::pair<QString, QString>> bad{{"window=12h", "window"},
                                                     {"window=0d", "window"},
                                                     {"window=400d", "window"},
                                                     {"window=2026-11-08,2026-11-01", "window"},
                                                     {"window=2026-11-01T05:00:00Z,2026-11-02T00:00:00Z", "window"},
                                                     {"aggregate=pod", "aggregate"},
                                                     {"aggregate=label:", "aggregate"},
                                                     {"idle=maybe", "idle"},
                                                     {"shareIdle=2", "shareIdle"},
                                                     {"shareSplit=random", "shareSplit"},
                                                     {"shareNamespaces=Kube_System", "shareNamespaces"},
                                                     {"currency=dollars", "currency"},
                                                     {"step=1d", "step"}};
        for (const auto &[query, field] : bad) {
            const HttpResult result = m_admin->get(m_costs + QStringLiteral("/allocation?") + query);
            QVERIFY2(result.status == 422 && result.body.contains(field.toUtf8()),
                     qPrintable(query + u' ' + QString::fromUtf8(result.body)));
        }
        const HttpResult pair = m_admin->get(m_costs + QStringLiteral("/allocation?window=2026-11-01,2026-11-08"));
        QCOMPARE(pair.status, 200);
        QCOMPARE(pair.json().value("from").toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(pair.json().value("to").toString(), QStringLiteral("2026-11-08"));
        // Members read it; another organisation's is not there for them.
        QCOMPARE(m_admin->post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QVERIFY(m_server->addUser(QStringLiteral("mia"), QStringLiteral("member-password")));
        HttpTestClient member(m_server->url());
        QVERIFY(!member.login(QStringLiteral("mia"), QStringLiteral("member-password")).isEmpty());
        QCOMPARE(member.get(m_costs + QStringLiteral("/allocation")).status, 200);
        QCOMPARE(member.get(QStringLiteral("/api/v1/organisations/acme/costs/allocation")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestCostClusters)
#include "tst_cost_clusters.moc"
