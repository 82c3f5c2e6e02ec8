#include "shared/analysis/PipelineAdvisor.h"

#include <QtTest>

using namespace adp::shared::analysis;

// The advisor's figures from a history made here, so every number can be checked by hand.
class TestPipelineAdvisor : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kDay = 24LL * 3600 * 1000;

    // Pipeline `p` made on day `day`; its jobs start at `start` seconds into it and last `seconds`.
    static JobRecord job(qint64 p, int day, const QString &name, const QString &stage, int stageIndex, double start,
                         double seconds, const QString &status = QStringLiteral("success"))
    {
        JobRecord record;
        record.pipelineId = p;
        record.pipelineCreatedAtMs = day * kDay;
        record.sha = QStringLiteral("sha%1").arg(p);
        record.name = name;
        record.stage = stage;
        record.stageIndex = stageIndex;
        record.status = status;
        record.startedAtMs = day * kDay + qint64(start * 1000);
        record.finishedAtMs = record.startedAtMs + qint64(seconds * 1000);
        return record;
    }

    static QString kinds(const QList<Advice> &advice)
    {
        QStringList list;
        for (const Advice &item : advice)
            list.append(item.kind + u':' + item.subject);
        return list.join(u' ');
    }

private Q_SLOTS:
    void adviceWithItsFigures()
    {
        QList<JobRecord> history;
        // Ten pipelines over 30 days: build takes 100-190 s and installs with no cache; lint waits for it.
        for (int p = 1; p <= 10; ++p) {
            JobRecord build = job(p, p * 3, QStringLiteral("build"), QStringLiteral("build"), 0, 0, 90 + 10 * p);
            build.script = {QStringLiteral("npm ci"), QStringLiteral("npm run build")};
            history.append(build);
            JobRecord unit = job(p, p * 3, QStringLiteral("unit"), QStringLiteral("test"), 1, 95 + 10 * p, 20);
            unit.needsSet = true;
            history.append(unit);
            history.append(job(p, p * 3, QStringLiteral("lint"), QStringLiteral("test"), 1, 95 + 10 * p, 5,
                               p % 2 ? QStringLiteral("failed") : QStringLiteral("success")));
        }
        // e2e, in the last two pipelines, passed and failed on one commit, and was retried.
        JobRecord first = job(9, 27, QStringLiteral("e2e"), QStringLiteral("test"), 1, 0, 10, QStringLiteral("failed"));
        first.sha = QStringLiteral("same");
        first.needsSet = true;
        JobRecord second = job(10, 30, QStringLiteral("e2e"), QStringLiteral("test"), 1, 0, 10);
        second.sha = QStringLiteral("same");
        second.needsSet = true;
        second.attempt = 2;
        history << first << second;

        const QList<Advice> advice = PipelineAdvisor::advise(history);
        QCOMPARE(kinds(advice), QStringLiteral("slow_job:build slow_stage:build no_cache:build every_pipeline:build "
                                               "flaky:e2e retry_heavy:e2e needs_earlier:lint failure_prone:lint"));
        const Advice &slow = advice.at(0);
        // Durations 100..190 s: the median 150 s (the upper middle of ten), p90 180 s; 1,450 of 1,720 s of job time.
        QCOMPARE(slow.figures.value("median_seconds").toDouble(), 150.0);
        QCOMPARE(slow.figures.value("p90_seconds").toDouble(), 180.0);
        QCOMPARE(slow.figures.value("share_of_job_time").toInt(), 84);
        // Ten runs over 27 days (day 3 to day 30): 10 x 30/27 runs a month of 150 s: 27.8 minutes.
        QCOMPARE(slow.figures.value("minutes_per_month").toDouble(), 27.8);
        QVERIFY(slow.message.contains(QStringLiteral("build takes 150 s at the median (p90 180 s)")));
        // lint starts 105..195 s into its pipeline: 155 s at the median.
        QCOMPARE(advice.at(6).figures.value("median_wait_seconds").toDouble(), 155.0);
        QCOMPARE(advice.at(7).figures.value("failed_runs").toInt(), 5);
        QCOMPARE(advice.at(4).figures.value("commits").toInt(), 1);
        QCOMPARE(advice.at(3).figures.value("pipelines").toInt(), 10);
    }

    void nothingToSayAboutLittle()
    {
        QVERIFY(PipelineAdvisor::advise({}).isEmpty());
        // One quick job that passes: nothing stands out but itself, which takes all the time there is.
        const QList<Advice> one =
            PipelineAdvisor::advise({job(1, 1, QStringLiteral("check"), QStringLiteral("test"), 0, 0, 3)});
        QCOMPARE(kinds(one), QStringLiteral("slow_job:check"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineAdvisor)
#include "tst_pipeline_advisor.moc"
