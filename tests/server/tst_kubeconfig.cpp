#include "kube/KubeConfig.h"

#include <QTemporaryDir>
#include <QtTest>

using adp::server::kube::KubeConfig;

// Reading kubeconfigs as kubectl writes them, keeping only what a server may use unattended
// (inline tokens and client certificates), and saying where anything else is and why it is refused.
class TestKubeConfig : public QObject
{
    Q_OBJECT

private:
    static QByteArray pem(const char *kind)
    {
        return QByteArray("-----BEGIN ") + kind + "-----\nMIIBszCCAVmgAwIBAgIUQ2xvc2VBbGxEYXRh\n-----END " + kind +
               "-----\n";
    }

    static QByteArray config(const QByteArray &user, const QByteArray &cluster = {},
                             const QByteArray &server = "https://k3s.example:6443")
    {
        return "apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
               "clusters:\n- name: k3s\n  cluster:\n    server: " +
               server + "\n    certificate-authority-data: " + pem("CERTIFICATE").toBase64() + "\n" + cluster +
               "contexts:\n- name: prod\n  context:\n    cluster: k3s\n    user: deployer\n    namespace: shop\n"
               "- name: other\n  context:\n    cluster: k3s\n    user: deployer\n"
               "users:\n- name: deployer\n  user:\n" +
               user;
    }

    static QString firstError(const QByteArray &text, const QString &context = {})
    {
        QStringList errors;
        const auto parsed = KubeConfig::parse(text, context, errors);
        return parsed ? QString() : errors.value(0, QStringLiteral("(no message)"));
    }

private Q_SLOTS:
    void aTokenContextIsRead()
    {
        QStringList errors;
        const auto parsed = KubeConfig::parse(config("    token: abc.def.ghi\n"), {}, errors);
        QVERIFY2(parsed, qPrintable(errors.join(u'\n')));
        QCOMPARE(parsed->context, QStringLiteral("prod"));
        QCOMPARE(parsed->server, QUrl(QStringLiteral("https://k3s.example:6443")));
        QCOMPARE(parsed->namespaceName, QStringLiteral("shop"));
        QCOMPARE(parsed->token, QStringLiteral("abc.def.ghi"));
        QCOMPARE(parsed->credential(), KubeConfig::Credential::Token);
        QCOMPARE(parsed->certificateAuthority, pem("CERTIFICATE"));
        QVERIFY(!parsed->insecureSkipTlsVerify);

        // Another context by name; without a namespace it is "default".
        const auto other = KubeConfig::parse(config("    token: abc\n"), QStringLiteral("other"), errors);
        QVERIFY(other);
        QCOMPARE(other->namespaceName, QStringLiteral("default"));
    }

    void aClientCertificateIsRead()
    {
        QStringList errors;
        const auto parsed =
            KubeConfig::parse(config("    client-certificate-data: " + pem("CERTIFICATE").toBase64() +
                                     "\n    client-key-data: " + pem("EC PRIVATE KEY").toBase64() + "\n"),
                              {}, errors);
        QVERIFY2(parsed, qPrintable(errors.join(u'\n')));
        QCOMPARE(parsed->credential(), KubeConfig::Credential::ClientCertificate);
        QCOMPARE(parsed->clientKey, pem("EC PRIVATE KEY"));
    }

    void whatTheServerWillNotUseIsRefusedWithItsPlace()
    {
        const QString exec = firstError(config("    exec:\n      command: aws\n      apiVersion: "
                                               "client.authentication.k8s.io/v1beta1\n"));
        QVERIFY2(exec.contains(u"users[0].user.exec") && exec.contains(u"not run by the server"), qPrintable(exec));
        QVERIFY2(exec.startsWith(u"23:"), qPrintable(exec)); // its line in the file
        QVERIFY(firstError(config("    auth-provider:\n      name: gcp\n")).contains(u"auth-provider"));
        QVERIFY(firstError(config("    tokenFile: /var/run/secrets/token\n")).contains(u"file path"));
        QVERIFY(firstError(config("    token: a\n", "    certificate-authority: /etc/ca.pem\n"))
                    .contains(u"clusters[0].cluster.certificate-authority"));
        QVERIFY(firstError(config("    username: admin\n    password: secret\n")).contains(u"basic authentication"));
    }

    void badConfigsSayWhatIsWrong()
    {
        QVERIFY(
            firstError(config("    token: a\n"), QStringLiteral("staging")).contains(u"no entry named \"staging\""));
        QVERIFY(firstError(config("    {}\n")).contains(u"has no credentials"));
        QVERIFY(
            firstError(config("    token: a\n    client-key-data: " + pem("KEY").toBase64() + "\n")).contains(u"both"));
        QVERIFY(firstError(config("    client-certificate-data: " + pem("CERTIFICATE").toBase64() + "\n"))
                    .contains(u"needs both"));
        QVERIFY(
            firstError(config("    token: a\n", "    insecure-skip-tls-verify: maybe\n")).contains(u"true or false"));
        QVERIFY(firstError(config("    token: a\n", {}, "http://k3s.example:6443")).contains(u"must use https"));
        QVERIFY(firstError(config("    token: a\n", {}, "k3s.example")).contains(u"https:// URL"));
        QCOMPARE(firstError(config("    token: a\n", {}, "http://127.0.0.1:8080")), QString()); // a local test API

        QByteArray badCa = config("    token: a\n");
        badCa.replace(pem("CERTIFICATE").toBase64(), "not base64!");
        QVERIFY(firstError(badCa).contains(u"base64 of a PEM block"));
        QByteArray badNamespace = config("    token: a\n");
        badNamespace.replace("namespace: shop", "namespace: Shop_Prod");
        QVERIFY(firstError(badNamespace).contains(u"namespace name"));
        QByteArray noCurrent = config("    token: a\n");
        noCurrent.replace("current-context: prod\n", "");
        QVERIFY(firstError(noCurrent).contains(u"current-context"));

        QVERIFY(!firstError("- just\n- a list\n").isEmpty());
        QVERIFY(!firstError("clusters: [unclosed\n").isEmpty());
        QVERIFY(firstError(QByteArray(KubeConfig::kMaxBytes + 1, 'x')).contains(u"larger than"));
        QVERIFY(firstError("apiVersion: v1\nkind: Pod\ncurrent-context: x\n").contains(u"kind"));
    }

    // adp-server inside a pod: the pod's service account, as client-go's InClusterConfig reads it.
    void inClusterIsThePodsServiceAccount()
    {
        QTemporaryDir account;
        const auto write = [&account](const char *name, const QByteArray &content) {
            QFile file(account.filePath(QLatin1String(name)));
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        QString error;
        QVERIFY(!KubeConfig::inCluster(account.path(), {}, {}, error));
        QVERIFY2(error.contains(u"KUBERNETES_SERVICE_HOST"), qPrintable(error));
        QVERIFY(!KubeConfig::inCluster(account.path(), QStringLiteral("10.43.0.1"), QStringLiteral("443"), error));
        QVERIFY2(error.contains(u"no service account token"), qPrintable(error));

        QVERIFY(write("token", "eyJhbGciOiJSUzI1NiJ9.pod.token\n") && write("ca.crt", pem("CERTIFICATE")) &&
                write("namespace", "ci-jobs"));
        const auto config =
            KubeConfig::inCluster(account.path(), QStringLiteral("10.43.0.1"), QStringLiteral("443"), error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->server, QUrl(QStringLiteral("https://10.43.0.1:443")));
        QCOMPARE(config->token, QStringLiteral("eyJhbGciOiJSUzI1NiJ9.pod.token"));
        QCOMPARE(config->namespaceName, QStringLiteral("ci-jobs"));
        QVERIFY(config->certificateAuthority.startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(config->credential(), KubeConfig::Credential::Token);
        // The token rotates: the next read has the new one.
        QVERIFY(write("token", "rotated"));
        QCOMPARE(
            KubeConfig::inCluster(account.path(), QStringLiteral("10.43.0.1"), QStringLiteral("443"), error)->token,
            QStringLiteral("rotated"));
        const auto ipv6 =
            KubeConfig::inCluster(account.path(), QStringLiteral("fd00::1"), QStringLiteral("6443"), error);
        QVERIFY2(ipv6, qPrintable(error));
        QCOMPARE(ipv6->server.toString(), QStringLiteral("https://[fd00::1]:6443"));
        QVERIFY(!KubeConfig::inCluster(account.path(), QStringLiteral("10.43.0.1"), QStringLiteral("https"), error));
    }
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
