#include "AdminSession.h"
#include "GitRepository.h"
#include "PendingJobs.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "events/EventHub.h"
#include "pipelines/JobStore.h"
#include "queue/JobQueue.h"
#include "shared/pipeline/JobStates.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace adp::test;

// Who takes a job and when, on both backends: failed jobs retried as their
// `retry` says after a backoff, allow_failure exit codes, one job at a time
// per resource group and per project limit, tags routing jobs to workers
// that have them, and `adp-server --role worker` running jobs for an API
// server that runs none.
class TestJobQueue : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool start(const std::function<void(adp::server::ServerConfig &)> &configure = {})
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend, configure);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin
                   ->post("/api/v1/projects",
                          {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                   .status == 201;
    }

    qint64 run(const QString &ref)
    {
        return m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json().value("id").toInteger();
    }

    QJsonObject waitUntilFinished(qint64 pipeline, int timeoutMs = 60000)
    {
        return adp::test::waitUntilFinished(*m_admin, pipeline, timeoutMs);
    }

    static QJsonObject job(const QJsonObject &pipeline, const QString &name) { return jobNamed(pipeline, name); }

    // [started_at, finished_at] of each job of the pipeline, by the database's clock.
    QList<QPair<qint64, qint64>> intervals(qint64 pipeline)
    {
        const auto rows = m_server->app().database().query(
            QStringLiteral("SELECT started_at, finished_at FROM jobs WHERE pipeline_id = ? ORDER BY started_at"),
            {pipeline});
        QList<QPair<qint64, qint64>> spans;
        for (int row = 0; row < rows.size(); ++row)
            spans.append({rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong()});
        return spans;
    }

    static bool overlap(const QList<QPair<qint64, qint64>> &spans)
    {
        for (qsizetype i = 1; i < spans.size(); ++i) {
            if (spans.at(i).first < spans.at(i - 1).second)
                return true;
        }
        return false;
    }

    // Waits for each thread (30 s at most) and deletes it; false when one did not end in time
    // (that one is left as it is: deleting a running thread aborts).
    static bool joined(const QList<QThread *> &threads)
    {
        bool all = true;
        for (QThread *thread : threads) {
            if (thread->wait(30000))
                delete thread;
            else
                all = false;
        }
        return all;
    }

    // A server whose queue is worked by the test's own threads, not by its workers.
    bool startWithoutWorkers()
    {
        return start([](adp::server::ServerConfig &config) { config.workers = 0; });
    }

    qint64 shopId()
    {
        return m_server->app()
            .database()
            .query(QStringLiteral("SELECT id FROM projects WHERE slug = 'shop'"))
            .value(0, 0)
            .toLongLong();
    }

    // `count` pipelines of `jobs` pending no-op jobs each, straight into the tables (no worker runs them).
    QList<qint64> insertPendingPipelines(int count, int jobs)
    {
        const qint64 project = shopId();
        QList<qint64> pipelines;
        for (int p = 0; p < count; ++p)
            pipelines.append(insertPendingPipeline(m_server->app().database(), project, jobs).id);
        return pipelines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        // Fails the first time, passes the second (a job sees nothing outside its own workspace,
        // so the attempt number is what tells them apart).
        QVERIFY(m_repository.commitBranch(
            "flaky", "flaky:\n  retry: 2\n  script:\n"
                     "    - if [ \"$CI_JOB_ATTEMPT\" -ge 2 ]; then echo second try; else exit 1; fi\n"
                     "never-retried:\n  retry:\n    max: 2\n    when: runner_system_failure\n  script: exit 1\n"
                     "allowed:\n  allow_failure:\n    exit_codes: [42]\n  script: exit 42\n"));
        QVERIFY(m_repository.commitBranch("not-allowed",
                                          "other-code:\n  allow_failure:\n    exit_codes: [42]\n  script: exit 1\n"));
        QVERIFY(m_repository.commitBranch("grouped",
                                          "deploy:\n  parallel: 3\n  resource_group: production\n  script: sleep 1\n"
                                          "free:\n  script: echo free\n"));
        QVERIFY(m_repository.commitBranch("parallel", "work:\n  parallel: 3\n  script: sleep 1\n"));
        QVERIFY(m_repository.commitBranch(
            "tagged", "gpu:\n  tags: [gpu]\n  script: echo on a gpu\nanywhere:\n  script: echo anywhere\n"));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void failedJobsAreRetriedAfterABackoff_data() { addBackendRows(); }
    void failedJobsAreRetriedAfterABackoff()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 pipeline = run(QStringLiteral("flaky"));
        const QJsonObject finished = waitUntilFinished(pipeline);
        QVERIFY2(job(finished, "flaky").value("status").toString() == u"success",
                 QJsonDocument(finished).toJson().constData());
        QCOMPARE(job(finished, "flaky").value("attempt").toInt(), 2);
        const QByteArray log =
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(job(finished, "flaky").value("id").toInteger()))
                .body;
        QVERIFY2(log.contains("second try"), log.constData());
        // The second attempt waited for its backoff (1 s) after the first failed.
        const auto retried = m_server->app().database().query(
            QStringLiteral("SELECT not_before, started_at FROM jobs WHERE pipeline_id = ? AND name = 'flaky'"),
            {pipeline});
        QVERIFY(retried.value(0, 1).toLongLong() >= retried.value(0, 0).toLongLong());
        QVERIFY(retried.value(0, 0).toLongLong() > 0);
        // `when` names failures a script failure is not: no retry.
        QCOMPARE(job(finished, "never-retried").value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(job(finished, "never-retried").value("attempt").toInt(), 1);
        // exit 42 is an allowed failure: the job failed, the pipeline may pass... but never-retried failed it.
        QCOMPARE(job(finished, "allowed").value("status").toString(), QStringLiteral("failed"));
        QVERIFY(job(finished, "allowed").value("allow_failure").toBool());
        QCOMPARE(finished.value("status").toString(), QStringLiteral("failed"));

        const QJsonObject other = waitUntilFinished(run(QStringLiteral("not-allowed")));
        QVERIFY(!job(other, "other-code").value("allow_failure").toBool());
        QCOMPARE(other.value("status").toString(), QStringLiteral("failed"));
    }

    // Workers that claim at the same moment share one statement on PostgreSQL (pipelines::ClaimGroup);
    // on SQLite each claim is a transaction of its own. Either way each worker gets a job of its
    // own, every job goes to exactly one worker under its exact name, and the pipelines run.
    void simultaneousClaimsTakeOneJobEach_data() { addBackendRows(); }
    void simultaneousClaimsTakeOneJobEach()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(startWithoutWorkers());
        constexpr int kPipelines = 4;
        constexpr int kJobsEach = 6;
        constexpr int kWorkers = 8;
        const QList<qint64> pipelines = insertPendingPipelines(kPipelines, kJobsEach);
        auto &queue = m_server->app().jobQueue();
        QMutex mutex;
        QHash<qint64, QString> takenBy;
        int takenTwice = 0;
        std::atomic<int> ready{0};
        QList<QThread *> workers;
        for (int w = 0; w < kWorkers; ++w) {
            // Names an array literal must quote: quotes, a backslash, braces and a comma.
            const QString name = QStringLiteral("worker \"%1\" \\ {a,b}").arg(w);
            workers.append(QThread::create([&, name]() {
                ++ready;
                while (ready < kWorkers) // all start together, so claims come together
                    QThread::yieldCurrentThread();
                QElapsedTimer timer;
                timer.start();
                while (timer.elapsed() < 20000) {
                    {
                        QMutexLocker locker(&mutex);
                        if (takenBy.size() + takenTwice >= kPipelines * kJobsEach)
                            return;
                    }
                    if (const auto claimed = queue.claim(name, 60000)) {
                        QMutexLocker locker(&mutex);
                        if (takenBy.contains(claimed->id))
                            ++takenTwice;
                        takenBy.insert(claimed->id, name);
                    }
                }
            }));
            workers.last()->start();
        }
        QVERIFY(joined(workers));
        QCOMPARE(takenTwice, 0);
        QCOMPARE(takenBy.size(), kPipelines * kJobsEach);
        const auto running = m_server->app().database().query(
            QStringLiteral("SELECT id, worker FROM jobs WHERE status = 'running' ORDER BY id"));
        QCOMPARE(running.size(), kPipelines * kJobsEach);
        for (int row = 0; row < running.size(); ++row)
            QCOMPARE(running.value(row, 1).toString(), takenBy.value(running.value(row, 0).toLongLong()));
        for (const qint64 pipeline : pipelines)
            QCOMPARE(m_server->app()
                         .database()
                         .query(QStringLiteral("SELECT status FROM pipelines WHERE id = ?"), {pipeline})
                         .value(0, 0)
                         .toString(),
                     QStringLiteral("running"));
    }

    // A worker's end brings its next job (JobQueue::finishAndClaim: on PostgreSQL in the end's own
    // commit): workers ending and taking at once take each job once and end each once, a job the
    // end made pending (the next stage) is among those taken, and an end refused (the job is no
    // longer that worker's) changes nothing and still finds the worker a job.
    void eachEndBringsTheWorkersNextJob_data() { addBackendRows(); }
    void eachEndBringsTheWorkersNextJob()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(startWithoutWorkers());
        auto &database = m_server->app().database();
        auto &queue = m_server->app().jobQueue();
        const auto jobRow = [&](qint64 id) {
            return database.query(QStringLiteral("SELECT status, worker FROM jobs WHERE id = ?"), {id});
        };

        // Two stages: the second job is created, and becomes pending with the first one's end.
        const PendingPipeline staged = insertPendingPipeline(database, shopId(), 2);
        database.query(QStringLiteral("UPDATE jobs SET status = 'created', stage = 'deploy', stage_index = 1 "
                                      "WHERE id = ?"),
                       {staged.jobs.at(1)});
        const auto first = queue.claim(QStringLiteral("w"), 60000);
        QVERIFY(first);
        QCOMPARE(first->id, staged.jobs.at(0));
        const auto second =
            queue.finishAndClaim(*first, QStringLiteral("w"), QStringLiteral("success"), 0, {}, {}, 60000);
        QVERIFY(second);
        QCOMPARE(second->id, staged.jobs.at(1));
        QCOMPARE(jobRow(first->id).value(0, 0).toString(), QStringLiteral("success"));
        QCOMPARE(jobRow(second->id).value(0, 0).toString(), QStringLiteral("running"));
        QCOMPARE(jobRow(second->id).value(0, 1).toString(), QStringLiteral("w"));
        QVERIFY(!queue.finishAndClaim(*second, QStringLiteral("w"), QStringLiteral("success"), 0, {}, {}, 60000));
        QCOMPARE(database.query(QStringLiteral("SELECT status FROM pipelines WHERE id = ?"), {staged.id})
                     .value(0, 0)
                     .toString(),
                 QStringLiteral("success"));

        // Refused: the job stays the holder's, and the caller still gets the oldest free job.
        const QList<qint64> pair = insertPendingPipelines(1, 2);
        const auto held = queue.claim(QStringLiteral("holder"), 60000);
        QVERIFY(held);
        const auto taken =
            queue.finishAndClaim(*held, QStringLiteral("someone else"), QStringLiteral("success"), 0, {}, {}, 60000);
        QCOMPARE(jobRow(held->id).value(0, 0).toString(), QStringLiteral("running"));
        QCOMPARE(jobRow(held->id).value(0, 1).toString(), QStringLiteral("holder"));
        QVERIFY(taken);
        QVERIFY(taken->id != held->id);
        QCOMPARE(taken->pipeline.pipelineId, pair.at(0));
        QCOMPARE(jobRow(taken->id).value(0, 1).toString(), QStringLiteral("someone else"));
        QVERIFY(queue.finish(*held, QStringLiteral("holder"), QStringLiteral("success"), 0, {}));
        QVERIFY(
            !queue.finishAndClaim(*taken, QStringLiteral("someone else"), QStringLiteral("success"), 0, {}, {}, 60000));

        // Workers ending and taking at once.
        constexpr int kPipelines = 4;
        constexpr int kJobsEach = 6;
        constexpr int kWorkers = 6;
        const QList<qint64> pipelines = insertPendingPipelines(kPipelines, kJobsEach);
        QMutex mutex;
        QHash<qint64, int> ends; // job -> ends kept
        int takenTwice = 0;
        std::atomic<int> ready{0};
        QList<QThread *> workers;
        for (int w = 0; w < kWorkers; ++w) {
            const QString name = QStringLiteral("worker %1").arg(w);
            workers.append(QThread::create([&, name]() {
                ++ready;
                while (ready < kWorkers) // all start together, so that ends and claims come together
                    QThread::yieldCurrentThread();
                QSet<qint64> mine;
                auto job = queue.claim(name, 60000);
                while (job) {
                    {
                        QMutexLocker locker(&mutex);
                        takenTwice += ends.contains(job->id) || mine.contains(job->id) ? 1 : 0;
                    }
                    mine.insert(job->id);
                    const qint64 id = job->id;
                    job = queue.finishAndClaim(*job, name, QStringLiteral("success"), 0, {}, {}, 60000);
                    QMutexLocker locker(&mutex);
                    ends[id] += 1;
                }
            }));
            workers.last()->start();
        }
        QVERIFY(joined(workers));
        QCOMPARE(takenTwice, 0);
        QCOMPARE(ends.size(), kPipelines * kJobsEach);
        QVERIFY(std::all_of(ends.begin(), ends.end(), [](int count) { return count == 1; }));
        for (const qint64 pipeline : pipelines) {
            QCOMPARE(database.query(QStringLiteral("SELECT status FROM pipelines WHERE id = ?"), {pipeline})
                         .value(0, 0)
                         .toString(),
                     QStringLiteral("success"));
            QCOMPARE(database
                         .query(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE pipeline_id = ? AND status = "
                                               "'success'"),
                                {pipeline})
                         .value(0, 0)
                         .toInt(),
                     kJobsEach);
        }
    }

    // A job a stopping worker claimed and will not start goes back as it was (JobQueue::giveBack):
    // pending, the same attempt, for the next worker; its pipeline pending again. Only its holder
    // can give it back.
    void aJobNotStartedIsGivenBack_data() { addBackendRows(); }
    void aJobNotStartedIsGivenBack()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(startWithoutWorkers());
        auto &database = m_server->app().database();
        auto &queue = m_server->app().jobQueue();
        const qint64 pipeline = insertPendingPipelines(1, 1).first();
        const auto claimed = queue.claim(QStringLiteral("stopping"), 60000);
        QVERIFY(claimed);
        const auto state = [&]() {
            const auto row = database.query(
                QStringLiteral("SELECT j.status, j.worker, j.attempt, COALESCE(j.lease_until, 0), p.status FROM jobs j "
                               "JOIN pipelines p ON p.id = j.pipeline_id WHERE j.id = ?"),
                {claimed->id});
            return QStringList{row.value(0, 0).toString(), row.value(0, 1).toString(), row.value(0, 2).toString(),
                               row.value(0, 3).toString(), row.value(0, 4).toString()};
        };
        QCOMPARE(state().at(4), QStringLiteral("running"));
        QVERIFY(!queue.giveBack(*claimed, QStringLiteral("someone else")));
        QCOMPARE(state().at(1), QStringLiteral("stopping"));

        QVERIFY(queue.giveBack(*claimed, QStringLiteral("stopping")));
        QCOMPARE(state(), (QStringList{QStringLiteral("pending"), QString(), QStringLiteral("1"), QStringLiteral("0"),
                                       QStringLiteral("pending")}));
        QVERIFY(!queue.giveBack(*claimed, QStringLiteral("stopping"))); // once
        const auto again = queue.claim(QStringLiteral("next"), 60000);
        QVERIFY(again);
        QCOMPARE(again->id, claimed->id);
        QCOMPARE(again->attempt, 1);
        QCOMPARE(again->pipeline.pipelineId, pipeline);
        QCOMPARE(state().at(1), QStringLiteral("next"));
    }

    // PostgreSQL: several workers' claims in one statement. Jobs go out oldest first, paired with
    // the workers in order; a pipeline the batch starts is reported started once (its status
    // listener is told once); workers beyond the free jobs get none.
    void aBatchOfClaimsStartsEachPipelineOnce_data() // the statement is PostgreSQL's
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    void aBatchOfClaimsStartsEachPipelineOnce()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(startWithoutWorkers());
        const QList<qint64> pipelines = insertPendingPipelines(2, 2);
        adp::server::pipelines::JobStore jobs(m_server->app().database());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<adp::server::pipelines::JobStore::WorkerClaim> claims;
        for (int w = 0; w < 5; ++w)
            claims.append({QStringLiteral("w%1 \"quoted\"").arg(w), now + 1000 * (w + 1)});
        const auto answers = jobs.claimOldestFreeFor(claims, now);
        QCOMPARE(answers.size(), 5);
        QVERIFY(!answers.at(4)); // four jobs for five workers
        const auto ids = m_server->app().database().query(QStringLiteral("SELECT id FROM jobs ORDER BY id"));
        int started = 0;
        for (int w = 0; w < 4; ++w) {
            QVERIFY(answers.at(w));
            QCOMPARE(answers.at(w)->job.id, ids.value(w, 0).toLongLong());
            QCOMPARE(answers.at(w)->job.pipeline.pipelineId, pipelines.at(w / 2));
            started += answers.at(w)->pipelineStarted ? 1 : 0;
            const auto row = m_server->app().database().query(
                QStringLiteral("SELECT worker, lease_until, status FROM jobs WHERE id = ?"), {answers.at(w)->job.id});
            QCOMPARE(row.value(0, 0).toString(), claims.at(w).worker);
            QCOMPARE(row.value(0, 1).toLongLong(), claims.at(w).leaseUntilMs);
            QCOMPARE(row.value(0, 2).toString(), QStringLiteral("running"));
        }
        QCOMPARE(started, 2);
        QVERIFY(answers.at(0)->pipelineStarted && answers.at(2)->pipelineStarted);
        // Nothing left: a second batch claims nothing and changes nothing.
        const auto again = jobs.claimOldestFreeFor(claims, now);
        QVERIFY(std::none_of(again.begin(), again.end(), [](const auto &answer) { return answer.has_value(); }));
    }

    // Ends that workers report at the same moment commit together (pipelines::EndGroup): every
    // answer stays its own (a job no longer the worker's is refused, an end the database refuses
    // fails alone), and each pipeline moves on once, from what all its jobs' ends left: one
    // pipeline.updated for its end, whatever the grouping.
    void simultaneousEndsMoveEachPipelineOnce_data() { addBackendRows(); }
    void simultaneousEndsMoveEachPipelineOnce()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(startWithoutWorkers());
        constexpr int kJobsEach = 4;
        const QList<qint64> pipelines = insertPendingPipelines(3, kJobsEach);
        auto &queue = m_server->app().jobQueue();
        QList<adp::server::queue::JobQueue::Claimed> claimed;
        for (int i = 0; i < 3 * kJobsEach; ++i) {
            const auto job = queue.claim(QStringLiteral("w%1").arg(i), 60000);
            QVERIFY(job);
            claimed.append(*job);
        }
        // In the order they were written: the first pipeline's jobs first.
        std::sort(claimed.begin(), claimed.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        for (int i = 0; i < claimed.size(); ++i)
            QCOMPARE(claimed.at(i).pipeline.pipelineId, pipelines.at(i / kJobsEach));
        QHash<qint64, QString> workerOf;
        for (const auto &job : claimed)
            workerOf.insert(job.id, m_server->app()
                                        .database()
                                        .query(QStringLiteral("SELECT worker FROM jobs WHERE id = ?"), {job.id})
                                        .value(0, 0)
                                        .toString());
        auto &hub = m_server->app().events();
        const qint64 before = hub.lastOffset();
        // The first pipeline succeeds, the second fails; in the third one end comes from a worker
        // that does not hold the job and one names a status the database refuses.
        const auto statusOf = [](int i) {
            return i == kJobsEach           ? QStringLiteral("failed")
                   : i == 2 * kJobsEach + 1 ? QStringLiteral("bogus")
                                            : QStringLiteral("success");
        };
        QList<int> answers(claimed.size(), -1); // 1 kept, 0 refused, 2 threw
        std::atomic<int> ready{0};
        QList<QThread *> workers;
        for (int i = 0; i < claimed.size(); ++i) {
            workers.append(QThread::create([&, i]() {
                ++ready;
                while (ready < claimed.size()) // all at once, so that ends come together
                    QThread::yieldCurrentThread();
                const QString worker =
                    i == 2 * kJobsEach ? QStringLiteral("someone else") : workerOf.value(claimed.at(i).id);
                try {
                    answers[i] =
                        queue.finish(claimed.at(i), worker, statusOf(i), statusOf(i) == u"failed" ? 1 : 0, {}) ? 1 : 0;
                } catch (const std::exception &) {
                    answers[i] = 2;
                }
            }));
            workers.last()->start();
        }
        QVERIFY(joined(workers));
        for (int i = 0; i < claimed.size(); ++i)
            QCOMPARE(answers.at(i), i == 2 * kJobsEach ? 0 : i == 2 * kJobsEach + 1 ? 2 : 1);

        auto &database = m_server->app().database();
        const auto statusOfPipeline = [&](qint64 id) {
            return database.query(QStringLiteral("SELECT status FROM pipelines WHERE id = ?"), {id})
                .value(0, 0)
                .toString();
        };
        QCOMPARE(statusOfPipeline(pipelines.at(0)), QStringLiteral("success"));
        QCOMPARE(statusOfPipeline(pipelines.at(1)), QStringLiteral("failed"));
        QCOMPARE(statusOfPipeline(pipelines.at(2)), QStringLiteral("running"));
        for (int i = 0; i < claimed.size(); ++i) {
            const auto row =
                database.query(QStringLiteral("SELECT status, worker FROM jobs WHERE id = ?"), {claimed.at(i).id});
            const bool untouched = i == 2 * kJobsEach || i == 2 * kJobsEach + 1;
            QCOMPARE(row.value(0, 0).toString(), untouched ? QStringLiteral("running") : statusOf(i));
            QCOMPARE(row.value(0, 1).toString(), workerOf.value(claimed.at(i).id));
        }

        // Announced once each: every kept end, and each pipeline's end.
        const auto ended = [&]() {
            QHash<QString, int> counted;
            for (const auto &event : hub.replayAfter(before).value_or(std::deque<adp::server::events::Event>())) {
                const QString status = event.data.value(QStringLiteral("status")).toString();
                if (status == u"running" || status == u"pending")
                    continue; // the claims' own, which may arrive late through Redis
                counted[event.type + u' ' + QString::number(event.data.value(QStringLiteral("id")).toInteger()) + u' ' +
                        status] += 1;
            }
            return counted;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ended().size() == 2 * kJobsEach + 2 + 2, 10000);
        QThread::msleep(300); // a second announcement would be here by now
        const QHash<QString, int> counted = ended();
        QCOMPARE(counted.value(QStringLiteral("pipeline.updated %1 success").arg(pipelines.at(0))), 1);
        QCOMPARE(counted.value(QStringLiteral("pipeline.updated %1 failed").arg(pipelines.at(1))), 1);
        for (int i = 0; i < claimed.size(); ++i) {
            if (i != 2 * kJobsEach && i != 2 * kJobsEach + 1)
                QCOMPARE(counted.value(QStringLiteral("job.updated %1 %2").arg(claimed.at(i).id).arg(statusOf(i))), 1);
        }
        QCOMPARE(counted.size(), 2 * kJobsEach + 2 + 2);
    }

    void aResourceGroupRunsOneJobAtATime_data() { addBackendRows(); }
    void aResourceGroupRunsOneJobAtATime()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start([](adp::server::ServerConfig &config) { config.workers = 3; }));
        const qint64 pipeline = run(QStringLiteral("grouped"));
        QCOMPARE(waitUntilFinished(pipeline).value("status").toString(), QStringLiteral("success"));
        const auto rows = m_server->app().database().query(
            QStringLiteral(
                "SELECT started_at, finished_at FROM jobs WHERE pipeline_id = ? AND resource_group = 'production' "
                "ORDER BY started_at"),
            {pipeline});
        QList<QPair<qint64, qint64>> spans;
        for (int row = 0; row < rows.size(); ++row)
            spans.append({rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong()});
        QCOMPARE(spans.size(), 3);
        QVERIFY(!overlap(spans));
    }

    void aProjectLimitIsKept_data() { addBackendRows(); }
    void aProjectLimitIsKept()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start([](adp::server::ServerConfig &config) {
            config.workers = 3;
            config.projectConcurrency = 1;
        }));
        const qint64 pipeline = run(QStringLiteral("parallel"));
        QCOMPARE(waitUntilFinished(pipeline).value("status").toString(), QStringLiteral("success"));
        QCOMPARE(intervals(pipeline).size(), 3);
        QVERIFY(!overlap(intervals(pipeline)));
    }

    void tagsRouteJobsToWorkersThatHaveThem_data() { addBackendRows(); }
    void tagsRouteJobsToWorkersThatHaveThem()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        // No worker here has "gpu": the untagged job runs, the tagged one waits.
        const qint64 pipeline = run(QStringLiteral("tagged"));
        QTRY_COMPARE_WITH_TIMEOUT(
            job(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json(), "anywhere")
                .value("status")
                .toString(),
            QStringLiteral("success"), 30000);
        QTest::qWait(1500);
        QCOMPARE(job(m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json(), "gpu")
                     .value("status")
                     .toString(),
                 QStringLiteral("pending"));
        m_admin->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(pipeline), {});
        cleanup();

        QVERIFY(start([](adp::server::ServerConfig &config) {
            config.workerTags = {QStringLiteral("gpu"), QStringLiteral("linux")};
        }));
        const QJsonObject finished = waitUntilFinished(run(QStringLiteral("tagged")));
        QCOMPARE(job(finished, "gpu").value("status").toString(), QStringLiteral("success"));
        QCOMPARE(job(finished, "anywhere").value("status").toString(), QStringLiteral("success"));
    }

    void localRepositoriesArePolled_data() { addBackendRows(); }
    void localRepositoriesArePolled()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start([](adp::server::ServerConfig &config) {
            config.pollIntervalSeconds = 1;
            config.workers = 0;
        }));
        const auto pipelinesOf = [this](const QString &ref) {
            return m_admin->get(QStringLiteral("/api/v1/projects/shop/pipelines?ref=%1").arg(ref))
                .json()
                .value("items")
                .toArray();
        };
        const auto all = [this]() {
            return m_admin->get("/api/v1/projects/shop/pipelines").json().value("items").toArray().size();
        };
        QTest::qWait(2500); // the first look records what is there and runs nothing
        QCOMPARE(all(), 0);

        const QString branch = QStringLiteral("polled-") + backend;
        QVERIFY(m_repository.commitBranch(branch, "polled:\n  script: echo polled\n"));
        QTRY_COMPARE_WITH_TIMEOUT(pipelinesOf(branch).size(), 1, 10000);
        const QJsonObject first = pipelinesOf(branch).first().toObject();
        QCOMPARE(first.value("source").toString(), QStringLiteral("push"));
        QCOMPARE(first.value("sha").toString(), m_repository.shaOf(QStringLiteral("HEAD")));

        QVERIFY(m_repository.commitBranch(branch, "polled:\n  script: echo polled again\n"));
        QTRY_COMPARE_WITH_TIMEOUT(pipelinesOf(branch).size(), 2, 10000);
        QVERIFY(m_repository.git({"tag", "v1-" + backend}));
        QTRY_COMPARE_WITH_TIMEOUT(pipelinesOf(QStringLiteral("v1-") + backend).size(), 1, 10000);
        QVERIFY(pipelinesOf(QStringLiteral("v1-") + backend).first().toObject().value("tag").toBool());
        QTest::qWait(2500); // nothing moved: nothing more
        QCOMPARE(all(), 3);

        // rules: changes look at what the push changed since the head was last seen.
        const auto newestJobs = [&]() {
            const qint64 id = pipelinesOf(branch).first().toObject().value("id").toInteger();
            QStringList names;
            for (const QJsonValue &job :
                 m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(id)).json().value("jobs").toArray())
                names.append(job.toObject().value("name").toString());
            return names;
        };
        QVERIFY(m_repository.commitBranch(branch,
                                          "polled:\n  script: echo\n"
                                          "docs:\n  script: echo docs\n  rules:\n    - changes: [docs/**]\n"
                                          "code:\n  script: echo code\n  rules:\n    - changes: [src/**/*.cpp]\n"));
        QTRY_COMPARE_WITH_TIMEOUT(pipelinesOf(branch).size(), 3, 10000);
        QCOMPARE(newestJobs(), QStringList{"polled"});
        QVERIFY(m_repository.commitFiles(branch, {{QStringLiteral("docs/guide/a.md"), "# a for " + backend.toUtf8()}},
                                         QStringLiteral("docs only")));
        QTRY_COMPARE_WITH_TIMEOUT(pipelinesOf(branch).size(), 4, 10000);
        QCOMPARE(newestJobs(), (QStringList{"polled", "docs"}));
    }

    void workerProcessesRunJobsForTheApi()
    {
        ADP_REQUIRE_BACKEND(QStringLiteral("postgres"));
        TestBackends::flushRedis();
        const Backend backend = TestBackends::create(QStringLiteral("postgres"));
        ServerProcess api(backend);
        QVERIFY2(api.start({"--role", "api"}), qPrintable(api.output()));
        HttpTestClient admin(api.url());
        QVERIFY(!admin.login(QStringLiteral("admin"), api.adminPassword()).isEmpty());
        QCOMPARE(
            admin
                .post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                .status,
            201);
        const qint64 pipeline =
            admin.post("/api/v1/projects/shop/pipelines", {{"ref", "tagged"}}).json().value("id").toInteger();
        QTest::qWait(1000);
        QCOMPARE(admin.get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json().value("status").toString(),
                 QStringLiteral("pending"));

        // A worker process with the tag, against the same database and Redis: it takes both jobs.
        QProcess worker;
        worker.setProcessChannelMode(QProcess::MergedChannels);
        worker.start(ServerProcess::binary(QStringLiteral("adp-server")),
                     {"serve", "--role", "worker", "--worker-tags", "gpu", "--database", backend.databaseUrl, "--redis",
                      backend.redisUrl, "--data-dir", api.dataDir() + QStringLiteral("/worker"), "--repository-roots",
                      QDir::tempPath()});
        QVERIFY(worker.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            adp::pipeline::JobStates::isFinished(
                admin.get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json().value("status").toString()),
            30000);
        QCOMPARE(admin.get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json().value("status").toString(),
                 QStringLiteral("success"));
        worker.terminate();
        QVERIFY(worker.waitForFinished(15000));
        QCOMPARE(worker.exitCode(), 0);
        QVERIFY2(worker.readAll().contains("worker running 2 job worker(s)"), "the worker said what it runs");

        // Without a team server's storage, a worker process refuses to start.
        QProcess alone;
        alone.start(ServerProcess::binary(QStringLiteral("adp-server")),
                    {"serve", "--role", "worker", "--data-dir", api.dataDir() + "/alone"});
        QVERIFY(alone.waitForFinished(15000));
        QCOMPARE(alone.exitCode(), 1);
        QVERIFY(alone.readAllStandardError().contains("needs a team server"));
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_job_queue.moc"
