#include "kube/FakeKubeApi.h"
#include "kube/KubeDiscovery.h"
#include "kube/ManifestApplier.h"
#include "kube/Manifests.h"
#include "kube/RolloutWatcher.h"
#include "kube/WorkloadImage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test::kube;
using namespace adp::server::kube;

// Manifests read from a checkout (variables, image pinning, ADP's labels, paths that may not
// leave it), applied with server-side apply in dependency order, pruned by what an earlier
// revision applied, and followed to Healthy or Degraded, against the fake API with its
// controllers rolling Deployments out and failing them as the test says.
class TestKubeRollout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeKubeApi> m_api;
    std::unique_ptr<QTemporaryDir> m_checkout;
    QStringList m_log;

    static const inline QString kLabel = QStringLiteral("adp.dev/environment");

    KubeConfig config() const
    {
        KubeConfig config;
        config.server = m_api->url();
        config.namespaceName = QStringLiteral("shop");
        config.token = QStringLiteral("deployer");
        return config;
    }

    void write(const QString &path, const QByteArray &text)
    {
        const QString full = m_checkout->filePath(path);
        QDir().mkpath(QFileInfo(full).path());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    static ManifestReader::Options options(const QString &sha = QStringLiteral("0123abcd"))
    {
        ManifestReader::Options options;
        options.variables = {{QStringLiteral("CI_COMMIT_SHA"), sha},
                             {QStringLiteral("CI_ENVIRONMENT_NAME"), QStringLiteral("production")}};
        options.labels = {{kLabel, QStringLiteral("production")},
                          {QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("adp")}};
        options.pinnedRepository = QStringLiteral("registry.example/shop/web");
        options.pinnedTag = sha;
        return options;
    }

    static QByteArray webApp(const QByteArray &image, int replicas = 2, int deadline = 600)
    {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
               "spec:\n  replicas: " +
               QByteArray::number(replicas) + "\n  progressDeadlineSeconds: " + QByteArray::number(deadline) +
               "\n  selector:\n    matchLabels: {app: web}\n"
               "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n"
               "      - name: web\n        image: " +
               image + "\n        env:\n        - name: RELEASE\n          value: \"${CI_COMMIT_SHA}\"\n";
    }

    QList<Manifest> read(const QString &path, const ManifestReader::Options &with = options())
    {
        QStringList errors;
        const auto manifests = ManifestReader::read(m_checkout->path(), path, with, errors);
        if (!manifests)
            qWarning().noquote() << errors.join(u'\n');
        return manifests.value_or(QList<Manifest>());
    }

    RolloutWatcher::Options quick() const
    {
        RolloutWatcher::Options options;
        options.timeoutMs = 30000;
        options.pollMs = 100;
        options.podFailureGraceMs = 500;
        options.lostAfterMs = 1500;
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<FakeKubeApi>();
        QVERIFY(m_api->ok());
        m_api->addToken(QStringLiteral("deployer"), QStringLiteral("ci"),
                        {FakeKubeApi::everything({QStringLiteral("shop")})});
        m_api->addNamespace(QStringLiteral("shop"));
        m_api->startControllers(20);
        m_checkout = std::make_unique<QTemporaryDir>();
        m_log.clear();
    }

    void cleanup() { m_api.reset(); }

    void manifestsAreReadWithVariablesPinsAndLabels()
    {
        write(QStringLiteral("deploy/b-web.yaml"), webApp("registry.example/shop/web"));
        write(
            QStringLiteral("deploy/a-config.yml"),
            "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: settings}\n"
            "  data: {env: \"${CI_ENVIRONMENT_NAME}\", shell: \"${HOME}\", count: \"3\"}\n"
            "---\n# nothing here\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n");
        write(QStringLiteral("deploy/notes.txt"), "not a manifest");
        const QList<Manifest> manifests = read(QStringLiteral("deploy"));
        QCOMPARE(manifests.size(), 3);
        QCOMPARE(manifests.at(0).kind(), QStringLiteral("ConfigMap"));
        QCOMPARE(manifests.at(0).origin, QStringLiteral("deploy/a-config.yml:1"));
        const QJsonObject data = manifests.at(0).object.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("env")).toString(), QStringLiteral("production"));
        QCOMPARE(data.value(QStringLiteral("shell")).toString(), QStringLiteral("${HOME}")); // not ours to fill
        QCOMPARE(manifests.at(1).kind(), QStringLiteral("Service"));
        QCOMPARE(manifests.at(1)
                     .object.value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("ports"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("port")),
                 QJsonValue(80));
        const QJsonObject container = manifests.at(2)
                                          .object.value(QStringLiteral("spec"))
                                          .toObject()
                                          .value(QStringLiteral("template"))
                                          .toObject()
                                          .value(QStringLiteral("spec"))
                                          .toObject()
                                          .value(QStringLiteral("containers"))
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QCOMPARE(container.value(QStringLiteral("image")).toString(),
                 QStringLiteral("registry.example/shop/web:0123abcd"));
        QCOMPARE(
            container.value(QStringLiteral("env")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("0123abcd"));
        for (const Manifest &manifest : manifests)
            QCOMPARE(manifest.object.value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("labels"))
                         .toObject()
                         .value(kLabel)
                         .toString(),
                     QStringLiteral("production"));
        // Another repository's image, or one already tagged, is left as written.
        write(QStringLiteral("other.yaml"), webApp("nginx:1.25"));
        QCOMPARE(firstImage(read(QStringLiteral("other.yaml")).at(0).object), QStringLiteral("nginx:1.25"));
    }

    void manifestsThatCannotBeUsedAreRefusedWithTheirPlace()
    {
        QStringList errors;
        const auto readErrors = [&](const QString &path) {
            errors.clear();
            return ManifestReader::read(m_checkout->path(), path, options(), errors).has_value();
        };
        QVERIFY(!readErrors(QStringLiteral("../outside")));
        QVERIFY(errors.first().contains(u"must stay inside the repository"));
        QVERIFY(!readErrors(QStringLiteral("/etc/passwd")));
        QVERIFY(!readErrors(QStringLiteral("missing")));
        QVERIFY(errors.first().contains(u"no such file"));
        QTemporaryDir outside;
        QFile secret(outside.filePath(QStringLiteral("secret.yaml")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        secret.close();
        QVERIFY(QFile::link(secret.fileName(), m_checkout->filePath(QStringLiteral("linked.yaml"))));
        QVERIFY(!readErrors(QStringLiteral("linked.yaml")));
        QVERIFY(errors.first().contains(u"outside the repository"));
        write(QStringLiteral("broken.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n");
        QVERIFY(!readErrors(QStringLiteral("broken.yaml")));
        QVERIFY2(errors.first().startsWith(u"broken.yaml:"), qPrintable(errors.first()));
        write(QStringLiteral("nameless.yaml"),
              "apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n");
        QVERIFY(!readErrors(QStringLiteral("nameless.yaml")));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(1), QStringLiteral("nameless.yaml:4: a manifest needs apiVersion, kind and metadata.name"));
        QDir().mkpath(m_checkout->filePath(QStringLiteral("empty")));
        QVERIFY(!readErrors(QStringLiteral("empty")));
        QVERIFY(errors.first().contains(u"no manifests found"));
    }

    void aRevisionIsAppliedFollowedAndTheNextPrunesWhatItDropped()
    {
        write(QStringLiteral("deploy/app.yaml"),
              webApp("registry.example/shop/web") +
                  "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: \"1\"}\n"
                  "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: feature-flags}\ndata: {b: \"2\"}\n");
        KubeApiClient client(config());
        KubeDiscovery discovery(client);
        const auto log = [this](const QString &line) { m_log.append(line); };
        ManifestApplier applier(client, discovery, QStringLiteral("adp"), log);
        const auto first = applier.apply(read(QStringLiteral("deploy")), QStringLiteral("shop"), false);
        QVERIFY2(first.ok(), qPrintable(first.problems.join(u'\n')));
        QCOMPARE(first.applied.size(), 3);
        // Configuration before the workload that reads it.
        QCOMPARE(first.applied.last().kind, QStringLiteral("Deployment"));
        QVERIFY(m_log.contains(QStringLiteral("deployment.apps/web serverside-applied")));
        QVERIFY(m_log.contains(QStringLiteral("configmap/settings serverside-applied")));

        QList<QList<ObjectHealth>> reports;
        RolloutWatcher watcher(client, discovery, quick(), log);
        auto outcome =
            watcher.watch(first.applied, [&reports](const QList<ObjectHealth> &health) { reports.append(health); }, {});
        QVERIFY2(outcome.healthy, qPrintable(outcome.reason));
        QVERIFY(reports.size() >= 2); // progressing, then healthy
        QVERIFY(m_log.contains(QStringLiteral("deployment.apps/web: Healthy")));

        // Someone took feature-flags over (its label changed): pruning leaves it alone.
        m_api->withStore([](KubeStore &store) {
            QJsonObject flags =
                *store.object(QStringLiteral("configmaps"), QStringLiteral("shop"), QStringLiteral("feature-flags"));
            QJsonObject metadata = flags.value(QStringLiteral("metadata")).toObject();
            metadata.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("ops")}});
            flags.insert(QStringLiteral("metadata"), metadata);
            store.writeObject(*store.type({}, QStringLiteral("v1"), QStringLiteral("configmaps")), flags);
        });
        write(QStringLiteral("deploy/app.yaml"), webApp("registry.example/shop/web"));
        const auto second = applier.apply(read(QStringLiteral("deploy"), options(QStringLiteral("4567ef01"))),
                                          QStringLiteral("shop"), false);
        QVERIFY(second.ok());
        QVERIFY(applier.prune(first.applied, second.applied, kLabel, QStringLiteral("production")).isEmpty());
        QVERIFY(m_log.contains(QStringLiteral("configmap/settings pruned")));
        QVERIFY(m_log.contains(
            QStringLiteral("configmap/feature-flags left alone: it no longer carries adp.dev/environment=production")));
        bool gone = false;
        m_api->withStore([&gone](KubeStore &store) {
            gone = !store.object(QStringLiteral("configmaps"), QStringLiteral("shop"), QStringLiteral("settings")) &&
                   store.object(QStringLiteral("configmaps"), QStringLiteral("shop"), QStringLiteral("feature-flags"));
        });
        QVERIFY(gone);
        outcome = watcher.watch(second.applied, {}, {});
        QVERIFY2(outcome.healthy, qPrintable(outcome.reason));
        QString image;
        m_api->withStore([&image](KubeStore &store) {
            image = firstImage(
                *store.object(QStringLiteral("deployments.apps"), QStringLiteral("shop"), QStringLiteral("web")));
        });
        QCOMPARE(image, QStringLiteral("registry.example/shop/web:4567ef01"));
    }

    void failingRolloutsAreDegradedWithTheReason()
    {
        KubeApiClient client(config());
        KubeDiscovery discovery(client);
        const auto log = [this](const QString &line) { m_log.append(line); };
        ManifestApplier applier(client, discovery, QStringLiteral("adp"), log);
        RolloutWatcher watcher(client, discovery, quick(), log);

        m_api->setPodFate(QStringLiteral("shop/web:crashing"), PodFate::CrashLoop);
        write(QStringLiteral("crash.yaml"), webApp("shop/web:crashing"));
        auto applied = applier.apply(read(QStringLiteral("crash.yaml")), QStringLiteral("shop"), false);
        QVERIFY(applied.ok());
        auto outcome = watcher.watch(applied.applied, {}, {});
        QVERIFY(!outcome.healthy);
        QVERIFY2(outcome.reason.contains(u"CrashLoopBackOff"), qPrintable(outcome.reason));

        // Never ready: only the Deployment's own progress deadline ends it.
        m_api->setPodFate(QStringLiteral("shop/web:unready"), PodFate::NeverReady);
        write(QStringLiteral("unready.yaml"), webApp("shop/web:unready", 1, 1));
        applied = applier.apply(read(QStringLiteral("unready.yaml")), QStringLiteral("shop"), false);
        outcome = watcher.watch(applied.applied, {}, {});
        QVERIFY(!outcome.healthy);
        QVERIFY2(outcome.reason.contains(u"exceeded its progress deadline"), qPrintable(outcome.reason));
    }

    void refusedObjectsAreNamedAndTheRestStillRecorded()
    {
        write(QStringLiteral("mixed.yaml"),
              "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\n"
              "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: elsewhere, namespace: payments}\n---\n"
              "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n---\n" +
                  webApp("nginx:1.25", -1));
        KubeApiClient client(config());
        KubeDiscovery discovery(client);
        ManifestApplier applier(client, discovery, QStringLiteral("adp"),
                                [this](const QString &line) { m_log.append(line); });
        const auto result = applier.apply(read(QStringLiteral("mixed.yaml")), QStringLiteral("shop"), false);
        QCOMPARE(result.applied.size(), 1);
        QCOMPARE(result.applied.first().name, QStringLiteral("ok"));
        QCOMPARE(result.problems.size(), 3);
        QVERIFY2(result.problems.at(0).contains(u"names the namespace payments"), qPrintable(result.problems.at(0)));
        // Workloads after configuration; kinds it does not order, last.
        QVERIFY2(result.problems.at(1).startsWith(u"deployment.apps/web (mixed.yaml:") &&
                     result.problems.at(1).contains(u"is invalid"),
                 qPrintable(result.problems.at(1)));
        QVERIFY2(result.problems.at(2).contains(u"serves no API example.com/v1"), qPrintable(result.problems.at(2)));

        // Another manager's field: named, and taken only when forced.
        write(QStringLiteral("web.yaml"), webApp("nginx:1.25", 2));
        QVERIFY(applier.apply(read(QStringLiteral("web.yaml")), QStringLiteral("shop"), false).ok());
        KubeApiClient other(config());
        QCOMPARE(other
                     .apply(QStringLiteral("/apis/apps/v1/namespaces/shop/deployments/web"),
                            {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                             {QStringLiteral("kind"), QStringLiteral("Deployment")},
                             {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("web")}}},
                             {QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 5}}}},
                            QStringLiteral("autoscaler"), true)
                     .status,
                 200);
        write(QStringLiteral("web.yaml"), webApp("nginx:1.25", 3));
        auto conflict = applier.apply(read(QStringLiteral("web.yaml")), QStringLiteral("shop"), false);
        QCOMPARE(conflict.problems.size(), 1);
        QVERIFY2(conflict.problems.first().contains(u".spec.replicas") &&
                     conflict.problems.first().contains(u"force-conflicts"),
                 qPrintable(conflict.problems.first()));
        QVERIFY(applier.apply(read(QStringLiteral("web.yaml")), QStringLiteral("shop"), true).ok());

        // Credentials that may not touch the namespace: the API's refusal, per object.
        m_api->addToken(QStringLiteral("reader"), QStringLiteral("viewer"),
                        {{{QStringLiteral("get")}, {QStringLiteral("*")}, {QStringLiteral("*")}, {}}});
        KubeConfig reader = config();
        reader.token = QStringLiteral("reader");
        KubeApiClient readOnly(reader);
        KubeDiscovery readerDiscovery(readOnly);
        ManifestApplier refused(readOnly, readerDiscovery, QStringLiteral("adp"), [](const QString &) {});
        const auto forbidden = refused.apply(read(QStringLiteral("web.yaml")), QStringLiteral("shop"), false);
        QVERIFY(forbidden.applied.isEmpty());
        QVERIFY2(forbidden.problems.first().contains(u"User \"viewer\" cannot patch resource \"deployments\""),
                 qPrintable(forbidden.problems.first()));
    }

    void anApiServerThatStopsAnsweringEndsTheRolloutAsLost()
    {
        m_api->setPodFate(QStringLiteral("shop/web:slow"), PodFate::NeverReady);
        write(QStringLiteral("web.yaml"), webApp("shop/web:slow"));
        KubeApiClient client(config());
        KubeDiscovery discovery(client);
        ManifestApplier applier(client, discovery, QStringLiteral("adp"), [](const QString &) {});
        const auto applied = applier.apply(read(QStringLiteral("web.yaml")), QStringLiteral("shop"), false);
        QVERIFY(applied.ok());
        RolloutWatcher watcher(client, discovery, quick(), [](const QString &) {});
        std::thread stop([this]() {
            QThread::msleep(400);
            m_api.reset();
        });
        const auto outcome = watcher.watch(applied.applied, {}, {});
        stop.join();
        QVERIFY(!outcome.healthy);
        QVERIFY2(outcome.reason.contains(u"lost contact with the API server"), qPrintable(outcome.reason));
    }
};

QTEST_GUILESS_MAIN(TestKubeRollout)
#include "tst_kube_rollout.moc"
