// adp-bench-job-pods: the Kubernetes executor (issue #20) through a real adp-server process and the
// tests' fake cluster, whose kubelet runs the pods' containers for real (bubblewrap, controllers
// every 20 ms): trigger to the script's first line in a pod (as the script saw the clock, and as the
// job's log showed it), log throughput through the executor (a job printing 24 MiB), and clean-up
// after the server is killed with SIGKILL mid-job (restarted, how long until no pod and no process
// of the job is left). The same job on the shell executor of the same server is measured beside it.
// Not a ctest test: tests/bench/run.sh runs it.
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <ctime>

namespace {

using namespace adp::test;
QTextStream out(stdout);

qint64 realtimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
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

int podsLeft(kube::FakeKubeApi &api)
{
    int count = 0;
    api.withStore([&count](kube::KubeStore &store) { count = int(store.objects(QStringLiteral("pods")).size()); });
    return count;
}

struct Latency
{
    QList<double> scriptMs;  // trigger -> the script's first line, by the script's clock
    QList<double> visibleMs; // trigger -> that line readable in the job's log
};

// Runs the `mark` branch `runs` times (plus two warm-ups); false when a run failed.
bool measureLatency(HttpTestClient &api, int runs, Latency &latency)
{
    static const QRegularExpression mark(QStringLiteral("MARK (\\d+)"));
    for (int run = 0; run < runs + 2; ++run) {
        const qint64 before = realtimeNs();
        const qint64 pipeline = api.post(QStringLiteral("/api/v1/projects/bench/pipelines"), {{"ref", "mark"}})
                                    .json()
                                    .value("id")
                                    .toInteger();
        qint64 job = 0;
        qint64 seenNs = 0;
        QElapsedTimer waited;
        waited.start();
        while (seenNs == 0 && waited.elapsed() < 60000) {
            if (job == 0) {
                const QJsonArray jobs =
                    api.get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json().value("jobs").toArray();
                job = jobs.isEmpty() ? 0 : jobs.at(0).toObject().value("id").toInteger();
            }
            if (job != 0) {
                const auto found =
                    mark.match(QString::fromUtf8(api.get(QStringLiteral("/api/v1/jobs/%1/log").arg(job)).body));
                if (found.hasMatch()) {
                    seenNs = realtimeNs();
                    if (run >= 2) {
                        latency.scriptMs.append(double(found.captured(1).toLongLong() - before) / 1e6);
                        latency.visibleMs.append(double(seenNs - before) / 1e6);
                    }
                    break;
                }
            }
            QThread::msleep(2);
        }
        if (seenNs == 0 || waitUntilFinished(api, pipeline, 60000).value("status").toString() != u"success")
            return false;
    }
    return true;
}

// Seconds a job printing `mib` MiB took from its first line to its end, or -1.
double throughputSeconds(HttpTestClient &api)
{
    const qint64 pipeline =
        api.post(QStringLiteral("/api/v1/projects/bench/pipelines"), {{"ref", "loud"}}).json().value("id").toInteger();
    const QJsonObject finished = waitUntilFinished(api, pipeline, 300000);
    const QJsonObject job = jobNamed(finished, QStringLiteral("job"));
    if (job.value("status").toString() != u"success")
        return -1;
    const QString log = QString::fromUtf8(
        api.get(QStringLiteral("/api/v1/jobs/%1/log").arg(job.value("id").toInteger())).body.right(4096));
    static const QRegularExpression span(QStringLiteral("SPAN (\\d+) (\\d+)"));
    const auto found = span.match(log);
    return found.hasMatch() ? double(found.captured(2).toLongLong() - found.captured(1).toLongLong()) / 1e9 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("bin"), QStringLiteral("Directory with adp-server."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("backend"), QStringLiteral("sqlite or postgres"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("postgres URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("redis"), QStringLiteral("redis URL"), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("latency runs"), QStringLiteral("n"), QStringLiteral("10")});
    parser.process(application);
    const bool postgres = parser.value(QStringLiteral("backend")) == u"postgres";
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    qputenv("ADP_BIN_DIR", parser.value(QStringLiteral("bin")).toLocal8Bit());

    kube::TestPki pki;
    if (!pki.ok()) {
        out << "certificates: " << pki.error() << Qt::endl;
        return 1;
    }
    kube::FakeKubeApi api(kube::FakeKubeApi::Tls{pki.serverCertificate(), pki.serverKey(), pki.caCertificate()});
    QString why;
    if (!api.runPodProcesses(&why)) {
        out << "job pods cannot run here: " << why << Qt::endl;
        return 1;
    }
    api.addToken(QStringLiteral("bench"), QStringLiteral("bench"), {kube::FakeKubeApi::everything()});
    api.addNamespace(QStringLiteral("ci"));
    api.startControllers(20);

    QTemporaryDir dir;
    GitRepository repository;
    repository.init();
    repository.commitBranch(QStringLiteral("mark"), "job:\n  script:\n    - echo \"MARK $(date +%s%N)\"\n");
    // 24 MiB of 100-byte lines, then when the output began and ended.
    repository.commitBranch(QStringLiteral("loud"),
                            "job:\n  script:\n    - start=$(date +%s%N); head -c 25165824 /dev/zero "
                            "| tr '\\0' x | fold -w 99; echo \"SPAN $start $(date +%s%N)\"\n");
    const Backend backend{postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"),
                          postgres ? parser.value(QStringLiteral("database")) : QString(),
                          postgres ? parser.value(QStringLiteral("redis")) : QString()};
    ServerProcess server(backend, dir.filePath(QStringLiteral("data")));
    const QStringList arguments{QStringLiteral("--max-log-mib"), QStringLiteral("64"), QStringLiteral("--job-lease"),
                                QStringLiteral("5")};
    if (!server.start(arguments)) {
        out << "adp-server did not start: " << server.output() << Qt::endl;
        return 1;
    }
    HttpTestClient client(server.url());
    client.login(QStringLiteral("admin"), server.adminPassword());
    client.post(QStringLiteral("/api/v1/projects"),
                {{"name", "Bench"}, {"slug", "bench"}, {"repository_url", repository.path()}});

    // The shell executor first, then the same jobs as pods.
    Latency shell;
    if (!measureLatency(client, runs, shell)) {
        out << "a shell job failed" << Qt::endl;
        return 1;
    }
    const double shellSeconds = throughputSeconds(client);
    const QString kubeconfig = api.kubeconfig(pki.caCertificate(), QStringLiteral("bench"), QStringLiteral("ci"));
    const qint64 cluster =
        client.post(QStringLiteral("/api/v1/projects/bench/clusters"), {{"name", "k3s"}, {"kubeconfig", kubeconfig}})
            .json()
            .value("id")
            .toInteger();
    if (client.put(QStringLiteral("/api/v1/projects/bench/kubernetes-executor"), {{"cluster_id", cluster}}).status !=
        200) {
        out << "the executor could not be set" << Qt::endl;
        return 1;
    }
    Latency pods;
    if (!measureLatency(client, runs, pods)) {
        out << "a job pod failed" << Qt::endl;
        return 1;
    }
    const double podSeconds = throughputSeconds(client);

    // SIGKILL mid-job: the pod outlives the server; after a restart the clean-up must delete it.
    client.post(QStringLiteral("/api/v1/projects/bench/pipelines"), {{"ref", "mark"}}); // warm
    repository.commitBranch(QStringLiteral("long"), "job:\n  script: [sleep 600]\n");
    client.post(QStringLiteral("/api/v1/projects/bench/pipelines"), {{"ref", "long"}});
    QElapsedTimer waited;
    waited.start();
    while (api.podProcessCount() == 0 && waited.elapsed() < 60000)
        QThread::msleep(20);
    QThread::msleep(500);
    server.kill();
    const int orphaned = podsLeft(api);
    QElapsedTimer cleanup;
    cleanup.start();
    if (!server.start(arguments)) {
        out << "adp-server did not start again: " << server.output() << Qt::endl;
        return 1;
    }
    while ((podsLeft(api) > 0 || api.podProcessCount() > 0) && cleanup.elapsed() < 180000)
        QThread::msleep(100);
    const double cleanupSeconds = double(cleanup.elapsed()) / 1000;
    const int left = podsLeft(api) + api.podProcessCount();

    const auto row = [](const char *what, const QList<double> &a, const QList<double> &b) {
        out << "| " << what << " | " << QString::number(median(a), 'f', 1) << " ms (worst "
            << QString::number(worst(a), 'f', 1) << ") | " << QString::number(median(b), 'f', 1) << " ms (worst "
            << QString::number(worst(b), 'f', 1) << ") |\n";
    };
    out << "\n## Job pods (Kubernetes executor) on " << (postgres ? "PostgreSQL + Redis" : "SQLite (embedded)")
        << ", fake cluster with real containers\n\n"
        << "| figure | as pods | shell executor, same server |\n|---|---|---|\n";
    row("trigger -> script's first line", pods.scriptMs, shell.scriptMs);
    row("trigger -> first line in the job's log", pods.visibleMs, shell.visibleMs);
    out << "| log throughput, 24 MiB | " << QString::number(24 / podSeconds, 'f', 1) << " MiB/s | "
        << QString::number(24 / shellSeconds, 'f', 1) << " MiB/s |\n";
    out << "| pods left by SIGKILL mid-job | " << orphaned << ", all deleted "
        << QString::number(cleanupSeconds, 'f', 1) << " s after the restart (" << left << " left) | |\n";
    out << "\n"
        << runs << " latency runs each after two warm-ups; the pods' figures include making the Secret and "
        << "the pod, fetching the workspace and the fake kubelet's 20 ms pace; the clean-up chore runs once a "
        << "minute on the leader, a job lease here is 5 s.\n";
    out.flush();
    return left == 0 ? 0 : 1;
}
