#include "JobStates.h"

#include <QSet>

namespace adp::pipeline {

namespace {

// Does `job` still hold back what comes after it?
bool holdsBack(const JobStates::Job &job)
{
    if (JobStates::isFinished(job.status))
        return false;
    if (job.status == u"manual")
        return !job.allowFailure; // an optional manual job lets the pipeline go on
    return true;
}

bool failedBlocking(const JobStates::Job &job)
{
    return (job.status == u"failed" && !job.allowFailure) || job.status == u"canceled";
}

} // namespace

bool JobStates::isFinished(const QString &status)
{
    return status == u"success" || status == u"failed" || status == u"canceled" || status == u"skipped";
}

QHash<int, QString> JobStates::advance(const QList<Job> &jobs, const std::function<QString(int index)> &starting)
{
    // Decisions take effect at once: a job skipped now may let later ones be decided in the same pass.
    QList<Job> current = jobs;
    QHash<int, QString> changed;
    QSet<int> held;
    bool progress = true;
    while (progress) {
        progress = false;
        for (int i = 0; i < current.size(); ++i) {
            const Job &job = current.at(i);
            if (job.status != u"created" || held.contains(i))
                continue;
            bool waiting = false;
            bool somethingFailed = false;
            for (const Job &other : std::as_const(current)) {
                const bool before = job.needs ? job.needs->contains(other.name) : other.stageIndex < job.stageIndex;
                if (!before)
                    continue;
                waiting = waiting || holdsBack(other);
                somethingFailed = somethingFailed || failedBlocking(other);
            }
            if (waiting)
                continue;
            QString next;
            if (job.when == u"on_failure")
                next = somethingFailed ? QStringLiteral("pending") : QStringLiteral("skipped");
            else if (job.when == u"always")
                next = QStringLiteral("pending");
            else if (somethingFailed)
                next = QStringLiteral("skipped");
            else if (job.requested)
                next = QStringLiteral("pending");
            else if (job.when == u"manual")
                next = QStringLiteral("manual");
            else if (job.when == u"delayed")
                next = QStringLiteral("scheduled");
            else
                next = QStringLiteral("pending");
            // A delayed job is asked when it is scheduled: nothing asks again when it comes due.
            if ((next == u"pending" || next == u"scheduled") && starting) {
                const QString answer = starting(i);
                if (answer == u"created") {
                    held.insert(i);
                    continue;
                }
                if (answer != u"pending")
                    next = answer;
            }
            current[i].status = next;
            changed.insert(i, next);
            progress = true;
        }
    }
    return changed;
}

QString JobStates::pipelineStatus(const QList<Job> &jobs)
{
    if (jobs.isEmpty())
        return QStringLiteral("skipped");
    bool running = false, pending = false, created = false, blockingManual = false, scheduled = false;
    bool failed = false, canceled = false, succeeded = false;
    for (const Job &job : jobs) {
        running = running || job.status == u"running";
        pending = pending || job.status == u"pending";
        created = created || job.status == u"created";
        blockingManual = blockingManual || (job.status == u"manual" && !job.allowFailure) ||
                         (job.status == u"created" && job.waiting);
        scheduled = scheduled || job.status == u"scheduled";
        failed = failed || (job.status == u"failed" && !job.allowFailure);
        canceled = canceled || job.status == u"canceled";
        succeeded = succeeded || job.status == u"success" || (job.status == u"failed" && job.allowFailure);
    }
    if (running)
        return QStringLiteral("running");
    if (pending)
        return QStringLiteral("pending");
    if (scheduled)
        return QStringLiteral("scheduled");
    if (blockingManual)
        return QStringLiteral("manual");
    if (created)
        return failed ? QStringLiteral("failed") : QStringLiteral("created");
    if (failed)
        return QStringLiteral("failed");
    if (canceled)
        return QStringLiteral("canceled");
    return succeeded ? QStringLiteral("success") : QStringLiteral("skipped");
}

} // namespace adp::pipeline
