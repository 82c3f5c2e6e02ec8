// adp-bench-kubernetes: apply + rollout of 50 objects (issue #20), against the fake Kubernetes API
// of the tests (TLS, bearer token, its controllers stepping every 20 ms), compared with what a
// deploy job would otherwise run: kubectl apply --server-side, then kubectl rollout status for
// each Deployment. 10 Deployments (2 replicas), 10 Services, 30 ConfigMaps; each run changes
// every Deployment's image, so every run is a real rollout. Median and worst of the runs.
// The rollout part is bounded below by the fake controllers' pace, the same for both.
// Not a ctest test: tests/bench/run.sh runs it.
#include "kube/FakeKubeApi.h"
#include "kube/KubeDiscovery.h"
#include "kube/ManifestApplier.h"
#include "kube/Manifests.h"
#include "kube/RolloutWatcher.h"
#include "kube/TestPki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

using namespace adp::test::kube;
using namespace adp::server::kube;
QTextStream out(stdout);

QByteArray manifests(int revision)
{
    QByteArray text;
    for (int i = 0; i < 10; ++i) {
        const QByteArray name = "web-" + QByteArray::number(i);
        text += "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: " + name +
                "}\nspec:\n  replicas: 2\n"
                "  selector: {matchLabels: {app: " +
                name + "}}\n  template:\n    metadata: {labels: {app: " + name +
                "}}\n    spec:\n      containers: [{name: web, image: \"nginx:1." + QByteArray::number(revision) +
                "\"}]\n---\n";
        text += "apiVersion: v1\nkind: Service\nmetadata: {name: " + name + "}\nspec:\n  selector: {app: " + name +
                "}\n  ports: [{port: 80}]\n---\n";
    }
    for (int i = 0; i < 30; ++i)
        text += "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings-" + QByteArray::number(i) +
                "}\ndata: {revision: \"" + QByteArray::number(revision) + "\"}\n---\n";
    return text;
}

bool writeRevision(const QString &file, int revision)
{
    QFile write(file);
    return write.open(QIODevice::WriteOnly | QIODevice::Truncate) && write.write(manifests(revision)) >= 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

struct Kubectl
{
    QString binary;
    QString home;
    int run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("KUBECONFIG"), QDir(home).filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(binary, arguments);
        process.waitForFinished(300000);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("rollouts per tool"), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("kubectl"), QStringLiteral("the kubectl to compare with"), QStringLiteral("path"),
                      QStringLiteral("kubectl")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    TestPki pki;
    if (!pki.ok()) {
        out << "certificates: " << pki.error() << Qt::endl;
        return 1;
    }
    FakeKubeApi api(FakeKubeApi::Tls{pki.serverCertificate(), pki.serverKey(), pki.caCertificate()});
    api.addToken(QStringLiteral("bench"), QStringLiteral("bench"), {FakeKubeApi::everything()});
    api.addNamespace(QStringLiteral("adp"));
    api.addNamespace(QStringLiteral("kubectl"));
    api.startControllers(20);
    QTemporaryDir checkout;
    const QString file = checkout.filePath(QStringLiteral("app.yaml"));

    KubeConfig config;
    config.server = api.url();
    config.certificateAuthority = pki.caCertificate();
    config.token = QStringLiteral("bench");
    config.namespaceName = QStringLiteral("adp");
    KubeApiClient client(config);
    KubeDiscovery discovery(client);
    ManifestApplier applier(client, discovery, QStringLiteral("adp"), [](const QString &) {});
    RolloutWatcher::Options options;
    options.pollMs = 50;
    RolloutWatcher watcher(client, discovery, options, [](const QString &) {});
    QList<double> adpApply, adpTotal;
    for (int run = 0; run < runs; ++run) {
        if (!writeRevision(file, 20 + run))
            return 1;
        QElapsedTimer timer;
        timer.start();
        QStringList errors;
        const auto read = ManifestReader::read(checkout.path(), QStringLiteral("app.yaml"), {}, errors);
        const auto applied = applier.apply(read.value_or(QList<Manifest>()), QStringLiteral("adp"), false);
        adpApply.append(double(timer.nsecsElapsed()) / 1e6);
        const auto outcome = watcher.watch(applied.applied, {}, {});
        adpTotal.append(double(timer.nsecsElapsed()) / 1e6);
        if (!applied.ok() || applied.applied.size() != 50 || !outcome.healthy) {
            out << "ADP's rollout failed: " << applied.problems.join(u'\n') << outcome.reason << Qt::endl;
            return 1;
        }
    }

    QTemporaryDir home;
    QFile kubeconfig(QDir(home.path()).filePath(QStringLiteral("config")));
    if (!kubeconfig.open(QIODevice::WriteOnly))
        return 1;
    kubeconfig.write(
        api.kubeconfig(pki.caCertificate(), QStringLiteral("bench"), QStringLiteral("kubectl"), QStringLiteral("bench"))
            .toUtf8());
    kubeconfig.close();
    const Kubectl kubectl{parser.value(QStringLiteral("kubectl")), home.path()};
    QList<double> kubectlApply, kubectlTotal;
    for (int run = 0; run < runs; ++run) {
        if (!writeRevision(file, 20 + run))
            return 1;
        QElapsedTimer timer;
        timer.start();
        if (kubectl.run({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--validate=false"),
                         QStringLiteral("-f"), file}) != 0) {
            out << "kubectl apply failed" << Qt::endl;
            return 1;
        }
        kubectlApply.append(double(timer.nsecsElapsed()) / 1e6);
        for (int i = 0; i < 10; ++i) {
            if (kubectl.run({QStringLiteral("rollout"), QStringLiteral("status"),
                             QStringLiteral("deployment/web-%1").arg(i), QStringLiteral("--timeout=120s")}) != 0) {
                out << "kubectl rollout status failed" << Qt::endl;
                return 1;
            }
        }
        kubectlTotal.append(double(timer.nsecsElapsed()) / 1e6);
    }

    out << QStringLiteral(
               "apply 50 objects:             ADP median %1 ms (worst %2), kubectl apply --server-side %3 ms (worst %4): %5x\n")
               .arg(median(adpApply), 0, 'f', 1)
               .arg(worst(adpApply), 0, 'f', 1)
               .arg(median(kubectlApply), 0, 'f', 1)
               .arg(worst(kubectlApply), 0, 'f', 1)
               .arg(median(kubectlApply) / std::max(0.001, median(adpApply)), 0, 'f', 2);
    out << QStringLiteral(
               "apply + rollout (10 Deploy.): ADP median %1 ms (worst %2), kubectl + rollout status %3 ms (worst %4): %5x\n")
               .arg(median(adpTotal), 0, 'f', 1)
               .arg(worst(adpTotal), 0, 'f', 1)
               .arg(median(kubectlTotal), 0, 'f', 1)
               .arg(worst(kubectlTotal), 0, 'f', 1)
               .arg(median(kubectlTotal) / std::max(0.001, median(adpTotal)), 0, 'f', 2);
    out.flush();
    return 0;
}
