#include "kube/FakeKubeApi.h"
#include "kube/KubeApiClient.h"
#include "kube/TestPki.h"
#include "kubernetes/ConnectionCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QtTest>

using namespace adp::test::kube;
using adp::server::kube::KubeApiClient;
using adp::server::kube::KubeConfig;
using adp::server::kubernetes::ConnectionCheck;
using adp::shared::ClusterConnection;

// ADP's Kubernetes API client against the fake API over TLS: trust from an inline CA, bearer
// tokens and client certificates, the connection test's report (version, each needed verb,
// the listed rules) and its clear failures (unreachable, untrusted certificate, rejected
// token), server-side apply conflicts, Status errors and watch streams that end or expire.
class TestKubeClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<FakeKubeApi> m_api;

    KubeConfig config(const QString &token = QStringLiteral("deploy-token")) const
    {
        KubeConfig config;
        config.server = m_api->url();
        config.namespaceName = QStringLiteral("shop");
        config.certificateAuthority = m_pki->caCertificate();
        config.token = token;
        return config;
    }

    static QJsonObject deployment(int replicas)
    {
        return {{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                {QStringLiteral("kind"), QStringLiteral("Deployment")},
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("web")},
                             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), QStringLiteral("web")}}}}},
                {QStringLiteral("spec"),
                 QJsonObject{
                     {QStringLiteral("replicas"), replicas},
                     {QStringLiteral("selector"),
                      QJsonObject{{QStringLiteral("matchLabels"),
                                   QJsonObject{{QStringLiteral("app"), QStringLiteral("web")}}}}},
                     {QStringLiteral("template"),
                      QJsonObject{{QStringLiteral("metadata"),
                                   QJsonObject{{QStringLiteral("labels"),
                                                QJsonObject{{QStringLiteral("app"), QStringLiteral("web")}}}}},
                                  {QStringLiteral("spec"),
                                   QJsonObject{{QStringLiteral("containers"),
                                                QJsonArray{QJsonObject{
                                                    {QStringLiteral("name"), QStringLiteral("web")},
                                                    {QStringLiteral("image"), QStringLiteral("nginx:1.25")}}}}}}}}}}};
    }

    static const inline QString kDeployments = QStringLiteral("/apis/apps/v1/namespaces/shop/deployments");

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void init()
    {
        m_api = std::make_unique<FakeKubeApi>(
            FakeKubeApi::Tls{m_pki->serverCertificate(), m_pki->serverKey(), m_pki->caCertificate()});
        QVERIFY(m_api->ok());
        m_api->addToken(QStringLiteral("deploy-token"), QStringLiteral("ci"),
                        {FakeKubeApi::everything({QStringLiteral("shop")})});
        m_api->addNamespace(QStringLiteral("shop"));
    }

    void cleanup() { m_api.reset(); }

    void aConnectionTestReportsVersionAndEveryNeededVerb()
    {
        KubeApiClient client(config());
        const ClusterConnection connection = ConnectionCheck::run(client, QDateTime::currentDateTimeUtc());
        QVERIFY2(connection.connected, qPrintable(connection.message));
        QCOMPARE(connection.version, QStringLiteral("v1.28.4+k3s1"));
        QCOMPARE(connection.platform, QStringLiteral("linux/amd64"));
        QCOMPARE(connection.permissions.size(), ConnectionCheck::needs().size());
        QVERIFY(connection.allows(QStringLiteral("deploy")));
        QVERIFY(connection.allows(QStringLiteral("jobs")));
        QVERIFY(!connection.rules.isEmpty());
        QCOMPARE(connection.rules.first().verbs, QStringList{QStringLiteral("*")});
        QVERIFY2(connection.message.contains(QStringLiteral("may deploy and run jobs in namespace shop")),
                 qPrintable(connection.message));
        // Every need was asked of the API, in the cluster's namespace.
        int reviews = 0;
        for (const auto &request : m_api->requests())
            reviews += request.target.endsWith("selfsubjectaccessreviews") ? 1 : 0;
        QCOMPARE(reviews, ConnectionCheck::needs().size());
    }

    void aClientCertificateWithNarrowRightsSaysWhatItMayNotDo()
    {
        m_api->addUser(QString::fromLatin1(TestPki::kClientUser),
                       {{{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch"),
                          QStringLiteral("patch"), QStringLiteral("delete")},
                         {QStringLiteral("apps"), QString()},
                         {QStringLiteral("deployments"), QStringLiteral("replicasets"), QStringLiteral("services"),
                          QStringLiteral("configmaps")},
                         {QStringLiteral("shop")}}});
        KubeConfig certificate = config(QString());
        certificate.clientCertificate = m_pki->clientCertificate();
        certificate.clientKey = m_pki->clientKey();
        KubeApiClient client(certificate);
        const ClusterConnection connection = ConnectionCheck::run(client, QDateTime::currentDateTimeUtc());
        QVERIFY2(connection.connected, qPrintable(connection.message));
        QVERIFY(connection.allows(QStringLiteral("deploy")));
        QVERIFY(!connection.allows(QStringLiteral("jobs")));
        QVERIFY2(connection.message.contains(QStringLiteral("may not: create pods")) &&
                     connection.message.contains(QStringLiteral("get pods/log")),
                 qPrintable(connection.message));
        QCOMPARE(m_api->requests().last().user, QString::fromLatin1(TestPki::kClientUser));

        // Another namespace: nothing it needs is allowed there.
        certificate.namespaceName = QStringLiteral("payments");
        KubeApiClient elsewhere(certificate);
        const ClusterConnection refused = ConnectionCheck::run(elsewhere, QDateTime::currentDateTimeUtc());
        QVERIFY(refused.connected);
        QVERIFY(!refused.allows(QStringLiteral("deploy")));
        QVERIFY(refused.message.contains(
            QStringLiteral("in namespace payments the credentials may not: patch deployments.apps")));
    }

    void failuresAreNamed()
    {
        KubeConfig wrongCa = config();
        wrongCa.certificateAuthority = m_pki->otherCaCertificate();
        KubeApiClient untrusted(wrongCa);
        ClusterConnection connection = ConnectionCheck::run(untrusted, QDateTime::currentDateTimeUtc());
        QVERIFY(!connection.connected);
        QCOMPARE(connection.problem, QString::fromLatin1(ClusterConnection::kCertificate));
        QVERIFY2(connection.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(connection.message));

        KubeConfig skip = config();
        skip.certificateAuthority.clear();
        skip.insecureSkipTlsVerify = true;
        KubeApiClient insecure(skip);
        QVERIFY(ConnectionCheck::run(insecure, QDateTime::currentDateTimeUtc()).connected);

        KubeApiClient rejected(config(QStringLiteral("expired-token")));
        connection = ConnectionCheck::run(rejected, QDateTime::currentDateTimeUtc());
        QCOMPARE(connection.problem, QString::fromLatin1(ClusterConnection::kUnauthorized));
        QVERIFY(connection.message.contains(QStringLiteral("did not accept the credentials")));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        KubeConfig gone = config();
        gone.server = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        KubeApiClient unreachable(gone);
        connection = ConnectionCheck::run(unreachable, QDateTime::currentDateTimeUtc());
        QCOMPARE(connection.problem, QString::fromLatin1(ClusterConnection::kUnreachable));
        QVERIFY(!connection.message.isEmpty());
    }

    void applyConflictsAndStatusErrorsComeBackReadable()
    {
        KubeApiClient client(config());
        auto reply = client.apply(kDeployments + QStringLiteral("/web"), deployment(2), QStringLiteral("adp"), false);
        QCOMPARE(reply.status, 201);
        QCOMPARE(
            reply.object().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInt(), 1);

        KubeApiClient other(config());
        QCOMPARE(other.apply(kDeployments + QStringLiteral("/web"), deployment(4), QStringLiteral("hpa"), true).status,
                 200);
        reply = client.apply(kDeployments + QStringLiteral("/web"), deployment(3), QStringLiteral("adp"), false);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.reason(), QStringLiteral("Conflict"));
        QVERIFY2(reply.message().contains(QStringLiteral("conflict with \"hpa\": .spec.replicas")),
                 qPrintable(reply.message()));

        QCOMPARE(client.remove(kDeployments + QStringLiteral("/web")).status, 200);
        reply = client.get(kDeployments + QStringLiteral("/web"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.reason(), QStringLiteral("NotFound"));
        QCOMPARE(reply.message(), QStringLiteral("deployments.apps \"web\" not found"));

        QJsonObject invalid = deployment(1);
        invalid.insert(QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), -1}});
        reply = client.apply(kDeployments + QStringLiteral("/web"), invalid, QStringLiteral("adp"), false);
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.message().contains(QStringLiteral("Deployment.apps \"web\" is invalid")),
                 qPrintable(reply.message()));
    }

    void watchesStreamEventsAndExpire()
    {
        KubeApiClient writer(config());
        const auto created =
            writer.apply(kDeployments + QStringLiteral("/web"), deployment(1), QStringLiteral("adp"), false);
        const QString from = created.object()
                                 .value(QStringLiteral("metadata"))
                                 .toObject()
                                 .value(QStringLiteral("resourceVersion"))
                                 .toString();

        // A change made while the watch is open arrives on it.
        QByteArray events;
        std::atomic<bool> applied = false;
        std::thread change([&]() {
            QThread::msleep(300);
            KubeApiClient second(config());
            second.apply(kDeployments + QStringLiteral("/web"), deployment(3), QStringLiteral("adp"), false);
            applied = true;
        });
        KubeApiClient watcher(config());
        const auto watched = watcher.stream(
            kDeployments + QStringLiteral("?watch=true&resourceVersion=") + from,
            [&events](const QByteArray &chunk) {
                events += chunk;
                return !events.contains("MODIFIED");
            },
            10000);
        change.join();
        QVERIFY(applied);
        QCOMPARE(watched.status, 200);
        const QJsonObject event = QJsonDocument::fromJson(events.split('\n').first()).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("MODIFIED"));
        QCOMPARE(event.value(QStringLiteral("object"))
                     .toObject()
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("replicas"))
                     .toInt(),
                 3);

        // After compaction a watch from the old version is told 410 Gone and must list again.
        m_api->compact();
        QByteArray expired;
        const auto gone = watcher.stream(
            kDeployments + QStringLiteral("?watch=true&resourceVersion=") + from,
            [&expired](const QByteArray &chunk) {
                expired += chunk;
                return true;
            },
            10000);
        QCOMPARE(gone.status, 200);
        const QJsonObject error = QJsonDocument::fromJson(expired.trimmed()).object();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(error.value(QStringLiteral("object")).toObject().value(QStringLiteral("code")).toInt(), 410);
        QCOMPARE(error.value(QStringLiteral("object")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Expired"));

        // A watch the server drops mid-stream is a failure, not a quiet end.
        std::thread drop([this]() {
            QThread::msleep(300);
            m_api->dropWatches();
        });
        const auto dropped = watcher.stream(
            kDeployments + QStringLiteral("?watch=true"), [](const QByteArray &) { return true; }, 10000);
        drop.join();
        QVERIFY(!dropped.answered());
        QVERIFY(!dropped.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kube_client.moc"
