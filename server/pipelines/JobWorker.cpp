#include "JobWorker.h"

#include "storage/StorageError.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace adp::server::pipelines {

namespace {
constexpr int kIdleWaitMs = 100;
constexpr qint64 kSweepEveryMs = 5000;
constexpr qint64 kDueEveryMs = 1000; // delayed jobs start within a second of their time
constexpr int kLogChunkBytes = 64 * 1024;
constexpr qint64 kLogFlushMs = 250;
} // namespace

void JobWorker::stop()
{
    m_stopping = true;
    wait();
}

void JobWorker::run()
{
    QElapsedTimer sinceSweep;
    sinceSweep.start();
    QElapsedTimer sinceDue;
    sinceDue.start();
    m_queue.recoverLost();
    while (!m_stopping) {
        try {
            if (sinceSweep.elapsed() > kSweepEveryMs) {
                m_queue.recoverLost();
                sinceSweep.restart();
            }
            if (sinceDue.elapsed() > kDueEveryMs) {
                m_queue.startDue();
                sinceDue.restart();
            }
            const auto job = m_queue.claim(m_name, kLeaseMs);
            if (!job) {
                msleep(kIdleWaitMs);
                continue;
            }
            runOne(*job);
        } catch (const std::exception &error) {
            // The database went away for a moment: the lease brings the job back; try again shortly.
            spdlog::warn("worker {}: {}", m_name.toStdString(), error.what());
            msleep(1000);
        }
    }
}

void JobWorker::runOne(const JobQueue::Claimed &job)
{
    spdlog::info("worker {} runs job {} ({}) of pipeline {}", m_name.toStdString(), job.id, job.name.toStdString(), job.pipelineId);
    int seq = 0;
    qint64 logged = 0;
    bool truncated = false;
    QString buffer;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    const auto flush = [&]() {
        if (!buffer.isEmpty()) {
            m_queue.appendLog(job.id, seq++, buffer);
            buffer.clear();
        }
        sinceFlush.restart();
    };
    const ShellExecutor::LogSink log = [&](const QString &chunk) {
        if (truncated)
            return;
        const qint64 size = chunk.toUtf8().size();
        if (logged + size > m_maxLogBytes) {
            buffer += QStringLiteral("\n[the log is longer than %1 MiB; the rest is not kept]\n").arg(m_maxLogBytes / (1024 * 1024));
            truncated = true;
        } else {
            buffer += chunk;
            logged += size;
        }
        if (buffer.size() >= kLogChunkBytes || sinceFlush.elapsed() >= kLogFlushMs)
            flush();
    };
    QElapsedTimer sinceHeartbeat;
    sinceHeartbeat.start();
    QElapsedTimer sinceCheck;
    sinceCheck.start();
    bool ours = true;
    const ShellExecutor::KeepGoing keepGoing = [&]() {
        if (m_stopping)
            return false;
        if (sinceHeartbeat.elapsed() >= kHeartbeatMs) {
            ours = m_queue.heartbeat(job.id, m_name, kLeaseMs); // false: canceled or recovered elsewhere
            sinceHeartbeat.restart();
        } else if (sinceCheck.elapsed() >= kCancelCheckMs) {
            ours = m_queue.stillOurs(job.id, m_name);
            sinceCheck.restart();
        }
        if (sinceFlush.elapsed() >= kLogFlushMs)
            flush();
        return ours;
    };
    const ShellExecutor::Result result = m_executor.run(job, log, keepGoing);
    flush();
    if (m_stopping && result.status == u"canceled")
        return; // the server is stopping: the lease runs out and the job is recovered
    m_queue.finish(job.id, m_name, result.status, result.exitCode, result.reason);
}

} // namespace adp::server::pipelines
