#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"
#include "kube/WorkloadImage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test::kube;

// The fake Kubernetes API the cluster tests talk to, checked against the real kubectl
// (Debian's kubernetes-client; ADP_KUBECTL may name another): discovery, server-side apply with
// field ownership and conflicts, get, label selectors, patches, delete, RBAC refusals, access
// reviews and logs, fed with the real objects in tests/data/kubernetes.
class TestFakeKubeApi : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<FakeKubeApi> m_api;
    std::unique_ptr<QTemporaryDir> m_home;

    static QString kubectlBinary()
    {
        const QString chosen = qEnvironmentVariable("ADP_KUBECTL");
        return chosen.isEmpty() ? QStringLiteral("kubectl") : chosen;
    }

    void writeKubeconfig(const QString &token, const QString &ns)
    {
        QFile file(m_home->filePath(QStringLiteral("config")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: test\n"
                           "clusters:\n- name: fake\n  cluster:\n    server: %1\n    certificate-authority-data: %4\n"
                           "contexts:\n- name: test\n  context:\n    cluster: fake\n    user: tester\n"
                           "    namespace: %2\n"
                           "users:\n- name: tester\n  user:\n    token: %3\n")
                .arg(m_api->url().toString(), ns, token, QString::fromLatin1(m_pki->caCertificate().toBase64()))
                .toUtf8());
    }

    Run kubectl(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home->path());
        environment.insert(QStringLiteral("KUBECONFIG"), m_home->filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("KUBERNETES_SERVICE_HOST"));
        process.setProcessEnvironment(environment);
        process.start(kubectlBinary(), QStringList{QStringLiteral("--request-timeout=20s")} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    // A real object from the corpus as a user would keep it in a repository: no server fields.
    static QJsonObject manifest(const QString &file, const QString &ns)
    {
        QFile in(QStringLiteral(ADP_SOURCE_DIR "/tests/data/kubernetes/") + file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject object = QJsonDocument::fromJson(in.readAll()).object();
        object.remove(QStringLiteral("status"));
        const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        QJsonObject kept{{QStringLiteral("name"), metadata.value(QStringLiteral("name"))},
                         {QStringLiteral("namespace"), ns}};
        if (metadata.contains(QStringLiteral("labels")))
            kept.insert(QStringLiteral("labels"), metadata.value(QStringLiteral("labels")));
        object.insert(QStringLiteral("metadata"), kept);
        return object;
    }

    static QByteArray bytes(const QJsonObject &object) { return QJsonDocument(object).toJson(); }

    // kubectl 1.21 and later hide managedFields unless asked; 1.20 knows no such flag.
    QStringList showManagedFields()
    {
        const Run version = kubectl(
            {QStringLiteral("version"), QStringLiteral("--client"), QStringLiteral("-o"), QStringLiteral("json")});
        const int minor = version.json()
                              .value(QStringLiteral("clientVersion"))
                              .toObject()
                              .value(QStringLiteral("minor"))
                              .toString()
                              .toInt();
        return minor >= 21 ? QStringList{QStringLiteral("--show-managed-fields")} : QStringList();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess probe;
        probe.start(kubectlBinary(), {QStringLiteral("version"), QStringLiteral("--client")});
        QVERIFY2(probe.waitForFinished(30000) && probe.exitCode() == 0,
                 "kubectl is needed (Debian: kubernetes-client; packaging/dev/deps.sh installs it)");
        qInfo().noquote() << QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n').value(0);
        // kubectl sends credentials over TLS only.
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void init()
    {
        m_api = std::make_unique<FakeKubeApi>(
            FakeKubeApi::Tls{m_pki->serverCertificate(), m_pki->serverKey(), m_pki->caCertificate()});
        QVERIFY(m_api->ok());
        m_home = std::make_unique<QTemporaryDir>();
        m_api->addToken(QStringLiteral("admin-token"), QStringLiteral("admin"), {FakeKubeApi::everything()});
        m_api->addNamespace(QStringLiteral("shop"));
        writeKubeconfig(QStringLiteral("admin-token"), QStringLiteral("shop"));
    }

    void cleanup()
    {
        m_api.reset();
        m_home.reset();
    }

    void serverSideApplyCreatesAndOwnsTheFields()
    {
        const QJsonObject deployment = manifest(QStringLiteral("deployment-foo.json"), QStringLiteral("shop"));
        QVERIFY(!deployment.isEmpty());
        const Run applied = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                                     QStringLiteral("--validate=false"), QStringLiteral("-f"), QStringLiteral("-")},
                                    bytes(deployment));
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        QVERIFY2(applied.out.contains(QStringLiteral("deployment.apps/foo serverside-applied")),
                 qPrintable(applied.out));

        const Run got = kubectl(QStringList{QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("foo"),
                                            QStringLiteral("-o"), QStringLiteral("json")} +
                                showManagedFields());
        QVERIFY2(got.code == 0, qPrintable(got.err));
        const QJsonObject live = got.json();
        QCOMPARE(live.value(QStringLiteral("spec")), deployment.value(QStringLiteral("spec")));
        const QJsonObject metadata = live.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("namespace")).toString(), QStringLiteral("shop"));
        QCOMPARE(metadata.value(QStringLiteral("generation")).toInt(), 1);
        QVERIFY(!metadata.value(QStringLiteral("uid")).toString().isEmpty());
        const QJsonArray managers = metadata.value(QStringLiteral("managedFields")).toArray();
        QCOMPARE(managers.size(), 1);
        QCOMPARE(managers.at(0).toObject().value(QStringLiteral("manager")).toString(), QStringLiteral("kubectl"));
        QCOMPARE(managers.at(0).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("Apply"));
        const QJsonObject fields = managers.at(0).toObject().value(QStringLiteral("fieldsV1")).toObject();
        QVERIFY(fields.value(QStringLiteral("f:spec")).toObject().contains(QStringLiteral("f:replicas")));
        const QJsonObject containers = fields.value(QStringLiteral("f:spec"))
                                           .toObject()
                                           .value(QStringLiteral("f:template"))
                                           .toObject()
                                           .value(QStringLiteral("f:spec"))
                                           .toObject()
                                           .value(QStringLiteral("f:containers"))
                                           .toObject();
        QVERIFY2(containers.contains(QStringLiteral("k:{\"name\":\"busybox-host\"}")),
                 qPrintable(QJsonDocument(containers).toJson()));

        // The same manifest again changes nothing, and the resourceVersion stays.
        const QString version = metadata.value(QStringLiteral("resourceVersion")).toString();
        QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--validate=false"),
                          QStringLiteral("-f"), QStringLiteral("-")},
                         bytes(deployment))
                     .code,
                 0);
        const Run again = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("foo"),
                                   QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(again.json()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("resourceVersion"))
                     .toString(),
                 version);
    }

    void anotherManagersFieldIsAConflictUntilForced()
    {
        QJsonObject deployment = manifest(QStringLiteral("deployment-icx-db.json"), QStringLiteral("shop"));
        const QStringList apply{QStringLiteral("apply"), QStringLiteral("--server-side"),
                                QStringLiteral("--validate=false"), QStringLiteral("-f"), QStringLiteral("-")};
        QCOMPARE(kubectl(apply, bytes(deployment)).code, 0);
        const Run patched = kubectl({QStringLiteral("patch"), QStringLiteral("deployment"), QStringLiteral("icx-db"),
                                     QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                     QStringLiteral("{\"spec\":{\"replicas\":5}}")});
        QVERIFY2(patched.code == 0, qPrintable(patched.err));

        QJsonObject spec = deployment.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("replicas"), 2);
        deployment.insert(QStringLiteral("spec"), spec);
        const Run refused = kubectl(apply, bytes(deployment));
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("conflict with \"kubectl-patch\"")) &&
                     refused.err.contains(QStringLiteral(".spec.replicas")),
                 qPrintable(refused.err));
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("icx-db"),
                          QStringLiteral("-o"), QStringLiteral("json")})
                     .json()
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("replicas"))
                     .toInt(),
                 5);

        const Run forced = kubectl(apply + QStringList{QStringLiteral("--force-conflicts")}, bytes(deployment));
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        const QJsonObject live = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("icx-db"),
                                          QStringLiteral("-o"), QStringLiteral("json")})
                                     .json();
        QCOMPARE(live.value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas")).toInt(), 2);
        QCOMPARE(live.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInt(), 3);
    }

    void labelSelectorsDeleteAndNotFound()
    {
        QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--validate=false"),
                          QStringLiteral("-f"), QStringLiteral("-")},
                         bytes(manifest(QStringLiteral("deployment-foo.json"), QStringLiteral("shop"))) +
                             bytes(manifest(QStringLiteral("deployment-icx-db.json"), QStringLiteral("shop"))))
                     .code,
                 0);
        const Run named = kubectl({QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-l"),
                                   QStringLiteral("app=icx-db"), QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY2(named.code == 0, qPrintable(named.err));
        QCOMPARE(named.out.trimmed(), QStringLiteral("deployment.apps/icx-db"));
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("-l"),
                          QStringLiteral("app notin (icx-db)"), QStringLiteral("-o"), QStringLiteral("name")})
                     .out.trimmed(),
                 QStringLiteral("deployment.apps/foo"));
        QCOMPARE(
            kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("-o"), QStringLiteral("name")})
                .out.trimmed()
                .split(u'\n')
                .size(),
            2);

        const Run deleted = kubectl({QStringLiteral("delete"), QStringLiteral("deployment"), QStringLiteral("foo")});
        QVERIFY2(deleted.code == 0, qPrintable(deleted.err));
        QVERIFY2(deleted.out.contains(QStringLiteral("deployment.apps \"foo\" deleted")), qPrintable(deleted.out));
        const Run missing = kubectl({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("foo")});
        QVERIFY(missing.code != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("deployments.apps \"foo\" not found")), qPrintable(missing.err));
    }

    void rejectedManifestsSayWhy()
    {
        QJsonObject deployment = manifest(QStringLiteral("deployment-read-apiref.json"), QStringLiteral("shop"));
        QJsonObject spec = deployment.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("selector"),
                    QJsonObject{{QStringLiteral("matchLabels"),
                                 QJsonObject{{QStringLiteral("app"), QStringLiteral("other")}}}});
        deployment.insert(QStringLiteral("spec"), spec);
        const Run refused = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
                                     QStringLiteral("--validate=false"), QStringLiteral("-f"), QStringLiteral("-")},
                                    bytes(deployment));
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("is invalid")) &&
                     refused.err.contains(QStringLiteral("spec.template.metadata.labels")),
                 qPrintable(refused.err));
        QVERIFY(kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("-o"), QStringLiteral("name")})
                    .out.trimmed()
                    .isEmpty());
    }

    void rbacRefusesAndAccessReviewsAnswer()
    {
        m_api->addToken(QStringLiteral("shop-reader"), QStringLiteral("reader"),
                        {{{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")},
                          {QStringLiteral("*")},
                          {QStringLiteral("*")},
                          {QStringLiteral("shop")}}});
        writeKubeconfig(QStringLiteral("shop-reader"), QStringLiteral("shop"));
        QCOMPARE(
            kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-o"), QStringLiteral("name")}).code,
            0);
        const Run forbidden =
            kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("default")});
        QVERIFY(forbidden.code != 0);
        QVERIFY2(
            forbidden.err.contains(QStringLiteral(
                "pods is forbidden: User \"reader\" cannot list resource \"pods\" in API group \"\" in the namespace \"default\"")),
            qPrintable(forbidden.err));
        QCOMPARE(
            kubectl({QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("list"), QStringLiteral("pods")})
                .out.trimmed(),
            QStringLiteral("yes"));
        const Run cannot = kubectl(
            {QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("delete"), QStringLiteral("pods")});
        QCOMPARE(cannot.out.trimmed(), QStringLiteral("no"));

        writeKubeconfig(QStringLiteral("not-a-token"), QStringLiteral("shop"));
        const Run unauthorized = kubectl({QStringLiteral("get"), QStringLiteral("pods")});
        QVERIFY(unauthorized.code != 0);
        QVERIFY2(unauthorized.err.contains(QStringLiteral("Unauthorized")) ||
                     unauthorized.err.contains(QStringLiteral("provide credentials")),
                 qPrintable(unauthorized.err));
    }

    static QJsonObject web(const QString &image, int replicas, int deadlineSeconds = 600)
    {
        const QJsonObject labels{{QStringLiteral("app"), QStringLiteral("web")}};
        return {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                {QStringLiteral("kind"), QStringLiteral("Deployment")},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("web")},
                                                         {QStringLiteral("namespace"), QStringLiteral("shop")}}},
                {QStringLiteral("spec"),
                 QJsonObject{
                     {QStringLiteral("replicas"), replicas},
                     {QStringLiteral("progressDeadlineSeconds"), deadlineSeconds},
                     {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labels}}},
                     {QStringLiteral("template"),
                      QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                                  {QStringLiteral("spec"),
                                   QJsonObject{{QStringLiteral("containers"),
                                                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("web")},
                                                                       {QStringLiteral("image"), image}}}}}}}}}}};
    }

    QJsonObject live(const QString &kind, const QString &name)
    {
        return kubectl({QStringLiteral("get"), kind, name, QStringLiteral("-o"), QStringLiteral("json")}).json();
    }

    void rolloutsAreFollowedAndUndone()
    {
        m_api->startControllers();
        const QStringList apply{QStringLiteral("apply"), QStringLiteral("--server-side"),
                                QStringLiteral("--validate=false"), QStringLiteral("-f"), QStringLiteral("-")};
        const QStringList status{QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/web"),
                                 QStringLiteral("--timeout=60s")};
        QCOMPARE(kubectl(apply, bytes(web(QStringLiteral("nginx:1.25"), 3))).code, 0);
        Run rolled = kubectl(status);
        QVERIFY2(rolled.code == 0 && rolled.out.contains(QStringLiteral("successfully rolled out")),
                 qPrintable(rolled.out + rolled.err));
        QJsonObject deployment = live(QStringLiteral("deployment"), QStringLiteral("web"));
        QCOMPARE(deployment.value(QStringLiteral("status")).toObject().value(QStringLiteral("readyReplicas")).toInt(),
                 3);
        QCOMPARE(deployment.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("deployment.kubernetes.io/revision"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"),
                          QStringLiteral("app=web"), QStringLiteral("-o"), QStringLiteral("name")})
                     .out.trimmed()
                     .split(u'\n')
                     .size(),
                 3);

        QCOMPARE(kubectl(apply, bytes(web(QStringLiteral("nginx:1.26"), 3))).code, 0);
        rolled = kubectl(status);
        QVERIFY2(rolled.code == 0, qPrintable(rolled.err));
        const QJsonArray replicaSets = kubectl({QStringLiteral("get"), QStringLiteral("replicasets"),
                                                QStringLiteral("-o"), QStringLiteral("json")})
                                           .json()
                                           .value(QStringLiteral("items"))
                                           .toArray();
        QCOMPARE(replicaSets.size(), 2);
        int scaledDown = 0;
        for (const QJsonValue &replicaSet : replicaSets)
            scaledDown += replicaSet.toObject()
                                      .value(QStringLiteral("spec"))
                                      .toObject()
                                      .value(QStringLiteral("replicas"))
                                      .toInt() == 0
                              ? 1
                              : 0;
        QCOMPARE(scaledDown, 1);

        const Run undone =
            kubectl({QStringLiteral("rollout"), QStringLiteral("undo"), QStringLiteral("deployment/web")});
        QVERIFY2(undone.code == 0 && undone.out.contains(QStringLiteral("rolled back")),
                 qPrintable(undone.out + undone.err));
        QVERIFY(kubectl(status).code == 0);
        deployment = live(QStringLiteral("deployment"), QStringLiteral("web"));
        QCOMPARE(firstImage(deployment), QStringLiteral("nginx:1.25"));
        QTRY_COMPARE_WITH_TIMEOUT(live(QStringLiteral("deployment"), QStringLiteral("web"))
                                      .value(QStringLiteral("metadata"))
                                      .toObject()
                                      .value(QStringLiteral("annotations"))
                                      .toObject()
                                      .value(QStringLiteral("deployment.kubernetes.io/revision"))
                                      .toString(),
                                  QStringLiteral("3"), 10000);
        // The rolled-back-to ReplicaSet was reused, not copied.
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("replicasets"), QStringLiteral("-o"),
                          QStringLiteral("name")})
                     .out.trimmed()
                     .split(u'\n')
                     .size(),
                 2);
    }

    void aRolloutThatCannotProgressExceedsItsDeadline()
    {
        m_api->startControllers();
        m_api->setPodFate(QStringLiteral("registry.example/web:missing"), PodFate::ImagePullError);
        QCOMPARE(kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--validate=false"),
                          QStringLiteral("-f"), QStringLiteral("-")},
                         bytes(web(QStringLiteral("registry.example/web:missing"), 2, 2)))
                     .code,
                 0);
        const Run stuck = kubectl({QStringLiteral("rollout"), QStringLiteral("status"),
                                   QStringLiteral("deployment/web"), QStringLiteral("--timeout=60s")});
        QVERIFY(stuck.code != 0);
        QVERIFY2(stuck.err.contains(QStringLiteral("exceeded its progress deadline")), qPrintable(stuck.err));
        const QJsonArray pods =
            kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-o"), QStringLiteral("json")})
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        QCOMPARE(pods.size(), 2);
        const QJsonObject waiting = pods.at(0)
                                        .toObject()
                                        .value(QStringLiteral("status"))
                                        .toObject()
                                        .value(QStringLiteral("containerStatuses"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("state"))
                                        .toObject()
                                        .value(QStringLiteral("waiting"))
                                        .toObject();
        QCOMPARE(waiting.value(QStringLiteral("reason")).toString(), QStringLiteral("ImagePullBackOff"));
    }

    void logsAreReadAndFollowed()
    {
        QFile in(QStringLiteral(ADP_SOURCE_DIR "/tests/data/kubernetes/pod-nginx-from-replicaset.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject pod = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("namespace"), QStringLiteral("shop"));
        metadata.remove(QStringLiteral("ownerReferences"));
        pod.insert(QStringLiteral("metadata"), metadata);
        const QString name = metadata.value(QStringLiteral("name")).toString();
        const QString container = pod.value(QStringLiteral("spec"))
                                      .toObject()
                                      .value(QStringLiteral("containers"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("name"))
                                      .toString();
        m_api->withStore([&pod](KubeStore &store) {
            store.writeObject(*store.type({}, QStringLiteral("v1"), QStringLiteral("pods")), pod);
        });
        m_api->appendLog(QStringLiteral("shop"), name, container, "first line\nsecond line\n");

        const Run logs = kubectl({QStringLiteral("logs"), name});
        QVERIFY2(logs.code == 0, qPrintable(logs.err));
        QCOMPARE(logs.out, QStringLiteral("first line\nsecond line\n"));

        QProcess follow;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home->path());
        environment.insert(QStringLiteral("KUBECONFIG"), m_home->filePath(QStringLiteral("config")));
        follow.setProcessEnvironment(environment);
        follow.start(kubectlBinary(), {QStringLiteral("logs"), QStringLiteral("-f"), name});
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += follow.readAllStandardOutput()).contains("second line"), 20000);
        m_api->appendLog(QStringLiteral("shop"), name, container, "third line\n", true);
        QVERIFY(follow.waitForFinished(20000));
        seen += follow.readAllStandardOutput();
        QCOMPARE(follow.exitCode(), 0);
        QCOMPARE(seen, QByteArray("first line\nsecond line\nthird line\n"));
    }
};

QTEST_GUILESS_MAIN(TestFakeKubeApi)
#include "tst_fake_kube_api.moc"
