// adp-bench-deployments: the figures issue #19 asks for, on one backend, with the real adp-server.
//  1. an environment with 10,000 deployments: its first history page (and a page deep in it)
//     over HTTP, sequentially; median and p99;
//  2. approval to deploy job running: a protected environment's deploy job waits for a
//     maintainer's approval; from sending the approval to the job's script starting (it prints
//     the time), 30 runs; median and p99.
// Not a ctest test: tests/bench/run.sh runs it.
#include "BenchFigures.h"
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <ctime>

namespace {

QTextStream out(stdout);
using namespace adp::test;
using adp::bench::percentile;

qint64 realtimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// Times `requests` GETs of `path` after a few to warm up; milliseconds.
QList<double> timeGets(HttpTestClient &api, const QString &path, int requests)
{
    QList<double> ms;
    for (int i = 0; i < requests + 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = api.get(path);
        if (result.status != 200)
            return {};
        if (i >= 20)
            ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// Numbers `count` more deployments of the first one's job (attempts 2 and up) straight into the
// database, as if the environment had been deployed to that many times.
bool seedHistory(const QString &databaseUrl, int count)
{
    const auto database = adp::server::storage::Database::open(databaseUrl, 2);
    const auto first = database->query(QStringLiteral(
        "SELECT project_id, environment_id, pipeline_id, job_id, ref, sha, triggered_by FROM deployments "
        "ORDER BY id LIMIT 1"));
    if (first.isEmpty())
        return false;
    const qint64 projectId = first.value(0, 0).toLongLong();
    adp::server::storage::Transaction tx(*database);
    const qint64 now = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 60000;
    for (int i = 0; i < count; ++i) {
        const qint64 at = now + qint64(i) * 60000;
        tx.exec(QStringLiteral("INSERT INTO deployments (project_id, iid, environment_id, pipeline_id, job_id, "
                               "job_name, job_attempt, status, ref, sha, triggered_by, created_at, started_at, "
                               "finished_at) VALUES (?, ?, ?, ?, ?, 'deploy', ?, ?, ?, ?, ?, ?, ?, ?)"),
                {projectId, qint64(i + 2), first.value(0, 1), first.value(0, 2), first.value(0, 3), i + 2,
                 i % 10 == 9 ? QStringLiteral("failed") : QStringLiteral("success"), first.value(0, 4),
                 first.value(0, 5), first.value(0, 6), at, at + 1000, at + 31000});
    }
    tx.exec(QStringLiteral("UPDATE deployment_counters SET last_iid = ? WHERE project_id = ?"),
            {qint64(count + 1), projectId});
    tx.commit();
    // What autovacuum does soon after so many rows arrive at once (a history that grew by itself has
    // its statistics already): without them the planner takes 10,000 rows for one.
    if (database->dialect() == adp::server::storage::Dialect::Postgres)
        database->query(QStringLiteral("ANALYZE deployments"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("bin"), QStringLiteral("Directory with adp-server."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("backend"), QStringLiteral("sqlite or postgres"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("postgres URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("redis"), QStringLiteral("redis URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("deployments"), QStringLiteral("history to seed"), QStringLiteral("n"),
                      QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("approvals"), QStringLiteral("approval runs"), QStringLiteral("n"), QStringLiteral("30")});
    parser.process(application);
    const bool postgres = parser.value(QStringLiteral("backend")) == u"postgres";
    const int history = parser.value(QStringLiteral("deployments")).toInt();
    qputenv("ADP_BIN_DIR", parser.value(QStringLiteral("bin")).toLocal8Bit());

    QTemporaryDir dir;
    GitRepository repository;
    repository.init();
    repository.commitBranch(QStringLiteral("main"), "deploy:\n  script:\n    - echo \"MARK $(date +%s%N)\"\n"
                                                    "  environment: production\n");
    // The backend goes to the server and to `adp-server users add` alike.
    const Backend backend{postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"),
                          postgres ? parser.value(QStringLiteral("database")) : QString(),
                          postgres ? parser.value(QStringLiteral("redis")) : QString()};
    ServerProcess server(backend, dir.filePath(QStringLiteral("data")));
    if (!server.start()) {
        out << "adp-server did not start: " << server.output() << Qt::endl;
        return 1;
    }
    HttpTestClient api(server.url());
    api.login(QStringLiteral("admin"), server.adminPassword());
    api.post(QStringLiteral("/api/v1/projects"),
             {{"name", "Bench"}, {"slug", "bench"}, {"repository_url", repository.path()}});
    const qint64 first =
        api.post(QStringLiteral("/api/v1/projects/bench/pipelines"), {{"ref", "main"}}).json().value("id").toInteger();
    if (waitUntilFinished(api, first, 30000).value("status").toString() != u"success") {
        out << "the first deployment did not succeed" << Qt::endl;
        return 1;
    }
    const QString databaseUrl = postgres ? parser.value(QStringLiteral("database"))
                                         : QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("data/adp.db"));
    if (!seedHistory(databaseUrl, history)) {
        out << "could not seed the history" << Qt::endl;
        return 1;
    }

    // 1. History pages.
    const QString firstPage = QStringLiteral("/api/v1/projects/bench/deployments?environment=production&limit=20");
    const QList<double> firstMs = timeGets(api, firstPage, 500);
    const QString cursor = [&]() {
        QString next;
        QString path = firstPage + QStringLiteral("&limit=100");
        for (int page = 0; page < history / 100 - 5; ++page) {
            next = api.get(path).json().value("next_cursor").toString();
            path = firstPage + QStringLiteral("&cursor=") + next;
        }
        return next;
    }();
    const QList<double> deepMs = timeGets(api, firstPage + QStringLiteral("&cursor=") + cursor, 200);

    // 2. Approval to running: production needs a maintainer's approval; admin triggers, ann approves.
    api.post(QStringLiteral("/api/v1/projects/bench/environment-rules"),
             {{"environment", "production"}, {"action", "approve"}, {"min_role", "maintainer"}});
    server.addUser(QStringLiteral("ann"), QStringLiteral("ann-password-1"));
    api.put(QStringLiteral("/api/v1/projects/bench/members/users/ann"), {{"role", "maintainer"}});
    HttpTestClient approver(server.url());
    approver.login(QStringLiteral("ann"), QStringLiteral("ann-password-1"));
    static const QRegularExpression markLine(QStringLiteral("^MARK (\\d+)"), QRegularExpression::MultilineOption);
    QList<double> approvalMs;
    const int runs = parser.value(QStringLiteral("approvals")).toInt();
    for (int run = 0; run < runs + 3; ++run) {
        const qint64 pipeline = api.post(QStringLiteral("/api/v1/projects/bench/pipelines"), {{"ref", "main"}})
                                    .json()
                                    .value("id")
                                    .toInteger();
        qint64 iid = 0;
        for (int wait = 0; wait < 2000 && iid == 0; ++wait) {
            const QJsonArray blocked = api.get(QStringLiteral("/api/v1/projects/bench/deployments?status=blocked"))
                                           .json()
                                           .value("items")
                                           .toArray();
            if (!blocked.isEmpty() && blocked.at(0).toObject().value("pipeline_id").toInteger() == pipeline)
                iid = blocked.at(0).toObject().value("iid").toInteger();
            else
                QThread::msleep(5);
        }
        const qint64 before = realtimeNs();
        approver.post(QStringLiteral("/api/v1/projects/bench/deployments/%1/approve").arg(iid), QJsonObject{});
        const QJsonObject finished = waitUntilFinished(api, pipeline, 30000);
        const qint64 jobId = jobNamed(finished, QStringLiteral("deploy")).value(QStringLiteral("id")).toInteger();
        const auto mark =
            markLine.match(QString::fromUtf8(api.get(QStringLiteral("/api/v1/jobs/%1/log").arg(jobId)).body));
        if (!mark.hasMatch()) {
            out << "the deploy job printed no mark (deployment #" << iid
                << "): " << QJsonDocument(finished).toJson(QJsonDocument::Compact) << Qt::endl;
            return 1;
        }
        if (run >= 3)
            approvalMs.append(double(mark.captured(1).toLongLong() - before) / 1e6);
    }

    out << "\n## Deployments on " << (postgres ? "PostgreSQL + Redis" : "SQLite (embedded)") << "\n\n"
        << "| figure | median | p99 | target |\n|---|---|---|---|\n"
        << QStringLiteral("| history, first page of %1 deployments (20 per page) | %2 ms | %3 ms | p99 < 20 ms |\n")
               .arg(history + 1)
               .arg(percentile(firstMs, 0.5), 0, 'f', 2)
               .arg(percentile(firstMs, 0.99), 0, 'f', 2)
        << QStringLiteral("| history, a page %1 deployments deep (by cursor) | %2 ms | %3 ms | |\n")
               .arg(history - 500)
               .arg(percentile(deepMs, 0.5), 0, 'f', 2)
               .arg(percentile(deepMs, 0.99), 0, 'f', 2)
        << QStringLiteral("| approval sent to deploy script running (%1 runs) | %2 ms | %3 ms | < 100 ms |\n")
               .arg(approvalMs.size())
               .arg(percentile(approvalMs, 0.5), 0, 'f', 1)
               .arg(percentile(approvalMs, 0.99), 0, 'f', 1);
    return 0;
}
