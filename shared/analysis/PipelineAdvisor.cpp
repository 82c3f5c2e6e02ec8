#include "PipelineAdvisor.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace adp::shared::analysis {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

qint64 percentile(QList<qint64> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min<qsizetype>(values.size() - 1, qsizetype(share * double(values.size() - 1) + 0.5));
    return values.at(at);
}

double seconds(qint64 ms)
{
    return double(qRound64(double(ms) / 100.0)) / 10.0; // one decimal
}

bool installsDependencies(const QStringList &script)
{
    static const QRegularExpression install(QStringLiteral(
        "\\b(?:npm (?:ci|install)|yarn(?: install)?\\b|pnpm install|pip3? install|poetry install|pipenv install|"
        "bundle install|mvn\\b|gradle\\b|\\./gradlew\\b|go mod download|go build|cargo (?:build|test|fetch)|"
        "composer install|dotnet restore|apt-get install|apk add)"));
    return std::any_of(script.begin(), script.end(),
                       [](const QString &line) { return install.match(line).hasMatch(); });
}

struct JobStats
{
    QString stage;
    int stageIndex = 0;
    QList<qint64> durations;
    QList<qint64> waits; // from the pipeline's first start to this job's start
    int runs = 0;
    int failed = 0;
    int retried = 0;
    bool needsSet = false;
    bool dependenciesSet = false;
    bool hasCache = false;
    bool installs = false;
    QSet<qint64> pipelines;
    QMap<QString, QSet<QString>> statusesBySha;
};
} // namespace

QList<Advice> PipelineAdvisor::advise(const QList<JobRecord> &jobs)
{
    QMap<QString, JobStats> byJob; // sorted by name: deterministic
    QMap<qint64, qint64> pipelineStart;
    QMap<qint64, QMap<QString, qint64>> stageWall; // pipeline -> stage -> its longest job
    QMap<QString, int> stageIndex;
    qint64 firstCreated = 0, lastCreated = 0, totalJobMs = 0;
    QSet<qint64> pipelines;
    for (const JobRecord &job : jobs) {
        pipelines.insert(job.pipelineId);
        firstCreated = firstCreated == 0 ? job.pipelineCreatedAtMs : std::min(firstCreated, job.pipelineCreatedAtMs);
        lastCreated = std::max(lastCreated, job.pipelineCreatedAtMs);
        if (job.startedAtMs > 0) {
            qint64 &start = pipelineStart[job.pipelineId];
            start = start == 0 ? job.startedAtMs : std::min(start, job.startedAtMs);
        }
    }
    for (const JobRecord &job : jobs) {
        JobStats &stats = byJob[job.name];
        stats.stage = job.stage;
        stats.stageIndex = job.stageIndex;
        stageIndex[job.stage] = job.stageIndex;
        ++stats.runs;
        stats.pipelines.insert(job.pipelineId);
        stats.failed += job.status == u"failed" ? 1 : 0;
        stats.retried += job.attempt > 1 ? 1 : 0;
        stats.needsSet = stats.needsSet || job.needsSet;
        stats.dependenciesSet = stats.dependenciesSet || job.dependenciesSet;
        stats.hasCache = stats.hasCache || job.hasCache;
        stats.installs = stats.installs || installsDependencies(job.script);
        if (!job.sha.isEmpty() && (job.status == u"success" || job.status == u"failed"))
            stats.statusesBySha[job.sha].insert(job.status);
        if (const qint64 duration = job.durationMs(); duration > 0) {
            stats.durations.append(duration);
            totalJobMs += duration;
            qint64 &wall = stageWall[job.pipelineId][job.stage];
            wall = std::max(wall, duration);
            stats.waits.append(job.startedAtMs - pipelineStart.value(job.pipelineId));
        }
    }
    QList<Advice> advice;
    if (byJob.isEmpty())
        return advice;
    // How often the job runs: what its minutes add up to in a month.
    const double days = std::max(1.0, double(lastCreated - firstCreated) / double(kDayMs));
    const auto perMonth = [&](const JobStats &stats) {
        const double runsPerMonth = double(stats.runs) * 30.0 / days;
        return qRound64(double(percentile(stats.durations, 0.5)) * runsPerMonth / 60000.0 * 10.0) / 10.0;
    };

    // The slowest jobs, when they take a real share of the time.
    QList<QPair<qint64, QString>> slow;
    for (auto it = byJob.cbegin(); it != byJob.cend(); ++it)
        slow.append({percentile(it->durations, 0.5), it.key()});
    std::stable_sort(slow.begin(), slow.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QSet<QString> slowJobs;
    for (const auto &[median, name] : slow.first(std::min<qsizetype>(kSlowestShown, slow.size()))) {
        const JobStats &stats = byJob[name];
        qint64 jobTotal = 0;
        for (const qint64 duration : stats.durations)
            jobTotal += duration;
        const double share = totalJobMs > 0 ? double(jobTotal) / double(totalJobMs) : 0;
        if (median <= 0 || share < kSlowShare)
            continue;
        slowJobs.insert(name);
        advice.append({QStringLiteral("slow_job"),
                       name,
                       {},
                       {{QStringLiteral("median_seconds"), seconds(median)},
                        {QStringLiteral("p90_seconds"), seconds(percentile(stats.durations, 0.9))},
                        {QStringLiteral("share_of_job_time"), qRound(share * 100)},
                        {QStringLiteral("minutes_per_month"), perMonth(stats)}}});
    }
    // The slowest stage by its wall time (its longest job) per pipeline.
    QMap<QString, QList<qint64>> stageWalls;
    for (const auto &stages : std::as_const(stageWall))
        for (auto it = stages.cbegin(); it != stages.cend(); ++it)
            stageWalls[it.key()].append(it.value());
    if (stageWalls.size() > 1) {
        QString slowest;
        qint64 slowestMedian = -1;
        for (auto it = stageWalls.cbegin(); it != stageWalls.cend(); ++it) {
            const qint64 median = percentile(it.value(), 0.5);
            if (median > slowestMedian) {
                slowest = it.key();
                slowestMedian = median;
            }
        }
        advice.append({QStringLiteral("slow_stage"),
                       slowest,
                       {},
                       {{QStringLiteral("median_seconds"), seconds(slowestMedian)},
                        {QStringLiteral("stages"), int(stageWalls.size())}}});
    }
    const int firstStage = *std::min_element(stageIndex.cbegin(), stageIndex.cend());
    for (auto it = byJob.cbegin(); it != byJob.cend(); ++it) {
        const JobStats &stats = it.value();
        const QString &name = it.key();
        if (stats.installs && !stats.hasCache && !stats.durations.isEmpty())
            advice.append({QStringLiteral("no_cache"),
                           name,
                           {},
                           {{QStringLiteral("median_seconds"), seconds(percentile(stats.durations, 0.5))},
                            {QStringLiteral("minutes_per_month"), perMonth(stats)}}});
        const qint64 wait = percentile(stats.waits, 0.5);
        if (stats.stageIndex > firstStage && !stats.needsSet && !stats.dependenciesSet && wait > 0)
            advice.append(
                {QStringLiteral("needs_earlier"),
                 name,
                 {},
                 {{QStringLiteral("stage"), stats.stage}, {QStringLiteral("median_wait_seconds"), seconds(wait)}}});
        int flakyCommits = 0;
        for (const QSet<QString> &statuses : stats.statusesBySha)
            flakyCommits += statuses.size() > 1 ? 1 : 0;
        if (flakyCommits > 0)
            advice.append({QStringLiteral("flaky"),
                           name,
                           {},
                           {{QStringLiteral("commits"), flakyCommits}, {QStringLiteral("runs"), stats.runs}}});
        if (stats.retried > 0 && stats.retried * 10 >= stats.runs)
            advice.append({QStringLiteral("retry_heavy"),
                           name,
                           {},
                           {{QStringLiteral("retried_runs"), stats.retried}, {QStringLiteral("runs"), stats.runs}}});
        if (flakyCommits == 0 && stats.failed >= 2 && stats.failed * 4 >= stats.runs)
            advice.append({QStringLiteral("failure_prone"),
                           name,
                           {},
                           {{QStringLiteral("failed_runs"), stats.failed}, {QStringLiteral("runs"), stats.runs}}});
        if (slowJobs.contains(name) && pipelines.size() >= 5 && stats.pipelines.size() * 10 >= pipelines.size() * 9)
            advice.append({QStringLiteral("every_pipeline"),
                           name,
                           {},
                           {{QStringLiteral("pipelines"), int(stats.pipelines.size())},
                            {QStringLiteral("of_pipelines"), int(pipelines.size())},
                            {QStringLiteral("minutes_per_month"), perMonth(stats)}}});
    }
    for (Advice &item : advice)
        item.message = messageOf(item);
    return advice;
}

QString PipelineAdvisor::messageOf(const Advice &advice)
{
    const QJsonObject &f = advice.figures;
    const auto number = [&f](const char *key) { return f.value(QLatin1String(key)).toVariant().toString(); };
    if (advice.kind == u"slow_job")
        return tr("%1 takes %2 s at the median (p90 %3 s): %4% of the job time, about %5 minutes a month.")
            .arg(advice.subject, number("median_seconds"), number("p90_seconds"), number("share_of_job_time"),
                 number("minutes_per_month"));
    if (advice.kind == u"slow_stage")
        return tr("Stage %1 is the slowest: %2 s at the median, waited for by every later stage.")
            .arg(advice.subject, number("median_seconds"));
    if (advice.kind == u"no_cache")
        return tr("%1 installs dependencies with no cache (%2 s at the median, %3 minutes a month): a cache: keyed "
                  "on the lock file would keep them between runs.")
            .arg(advice.subject, number("median_seconds"), number("minutes_per_month"));
    if (advice.kind == u"needs_earlier")
        return tr("%1 (stage %2) has no needs: and waits %3 s at the median for earlier stages. needs: on only the "
                  "jobs it uses (or needs: []) would start it sooner.")
            .arg(advice.subject, number("stage"), number("median_wait_seconds"));
    if (advice.kind == u"flaky")
        return tr("%1 passed and failed on the same commit (%2 commit(s), %3 runs): it is flaky; fix or quarantine "
                  "it rather than retry.")
            .arg(advice.subject, number("commits"), number("runs"));
    if (advice.kind == u"retry_heavy")
        return tr("%1 was retried in %2 of %3 runs.").arg(advice.subject, number("retried_runs"), number("runs"));
    if (advice.kind == u"failure_prone")
        return tr("%1 failed in %2 of %3 runs.").arg(advice.subject, number("failed_runs"), number("runs"));
    if (advice.kind == u"every_pipeline")
        return tr("%1 runs in %2 of %3 pipelines (%4 minutes a month): if it checks only part of the repository, "
                  "rules: changes would skip it when nothing there changed.")
            .arg(advice.subject, number("pipelines"), number("of_pipelines"), number("minutes_per_month"));
    return advice.subject;
}

} // namespace adp::shared::analysis
