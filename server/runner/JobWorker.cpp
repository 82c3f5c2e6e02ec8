#include "JobWorker.h"

#include "LogMasker.h"
#include "LogWriter.h"
#include "queue/LeaseKeeper.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <spdlog/spdlog.h>

namespace adp::server::runner {

namespace {
// How many bytes `text` takes in UTF-8, without making the UTF-8 (a log's every byte passes here).
qint64 utf8Length(QStringView text)
{
    // Branch-free over the units (the compiler vectorises it): 1 byte, 2 from U+0080, 3 from U+0800.
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    qint64 bytes = size;
    qsizetype surrogates = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = units[i];
        bytes += qint64(unit >= 0x80) + qint64(unit >= 0x800);
        surrogates += qsizetype((unit & 0xF800) == 0xD800);
    }
    if (surrogates == 0)
        return bytes;
    // A pair is one character beyond the BMP, 4 bytes, counted above as 3 + 3; a lone
    // surrogate becomes U+FFFD, 3 bytes, as counted.
    for (qsizetype i = 0; i + 1 < size; ++i) {
        if (QChar::isHighSurrogate(units[i]) && QChar::isLowSurrogate(units[i + 1])) {
            bytes -= 2;
            ++i;
        }
    }
    return bytes;
}

constexpr int kIdleWaitMs = 500;            // without a hint, the table is looked at this often
constexpr qint64 kSweepEveryMs = 2000;      // a lost worker's job is recovered within this after its lease
constexpr qint64 kDueEveryMs = 1000;        // delayed jobs start within a second of their time
constexpr int kLogChunkBytes = 1024 * 1024; // a fast writer fills chunks this big: fewer, larger writes
constexpr qint64 kLogFlushMs = 250;
constexpr qsizetype kLogChunkSlack = 64 * 1024; // one more read of a pipe's worth: no growth past the mark
} // namespace

ports::JobUsage JobWorker::lostRunUsage(const ports::LapsedJob &lost) const
{
    ports::JobUsage usage;
    if (lost.startedAtMs <= 0 || lost.spec.contains(QStringLiteral("trigger")))
        return usage; // never started, or nothing ran here (a trigger job)
    usage.executor = m.executor.executorClassOf(lost.projectId);
    usage.runMs = std::max<qint64>(0, lost.leaseUntilMs - m.leaseMs - lost.startedAtMs);
    return usage;
}

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
    m.queue.recoverLost([this](const ports::LapsedJob &lost) { return lostRunUsage(lost); });
    const std::unique_ptr<queue::JobDispatch::Listener> listener = m.dispatch.listen(m_name);
    std::optional<qint64> hint;
    std::optional<queue::JobQueue::Claimed> next; // taken with the last job's end
    while (!m_stopping) {
        try {
            if (sinceSweep.elapsed() > kSweepEveryMs) {
                m.queue.recoverLost([this](const ports::LapsedJob &lost) { return lostRunUsage(lost); });
                sinceSweep.restart();
            }
            if (sinceDue.elapsed() > kDueEveryMs) {
                m.queue.startDue();
                sinceDue.restart();
            }
            std::optional<queue::JobQueue::Claimed> job = std::exchange(next, std::nullopt);
            if (!job) {
                job = m.queue.claim(m_name, m.leaseMs, m.profile, hint);
                if (hint)
                    listener->done(*hint);
                hint.reset();
            }
            if (!job) {
                hint = listener->wait(kIdleWaitMs);
                continue;
            }
            if (m_stopping)
                giveBack(*job); // asked to stop since it was claimed: it has not started
            else
                next = runOne(*job);
        } catch (const std::exception &error) {
            // The database went away for a moment: the lease brings the job back; try again shortly.
            spdlog::warn("worker {}: {}", m_name.toStdString(), error.what());
            msleep(1000);
        }
    }
    if (next)
        giveBack(*next); // came with the last end as the stop was asked
}

void JobWorker::giveBack(const queue::JobQueue::Claimed &job)
{
    try {
        m.queue.giveBack(job, m_name);
    } catch (const std::exception &error) {
        // Its lease runs out and it is recovered instead.
        spdlog::warn("worker {}: job {} not given back: {}", m_name.toStdString(), job.id, error.what());
    }
}

std::optional<queue::JobQueue::Claimed> JobWorker::runOne(const queue::JobQueue::Claimed &claimed)
{
    queue::JobQueue::Claimed job = claimed;
    spdlog::info("worker {} runs job {} ({}) of pipeline {}", m_name.toStdString(), job.id, job.name.toStdString(),
                 job.pipeline.pipelineId);
    job.projectVariables = m.variablesOf(job);
    QStringList secrets;
    for (const shared::ProjectVariable &variable : job.projectVariables) {
        if (variable.masked)
            secrets.append(variable.value);
    }
    LogMasker masker(secrets);
    // After earlier attempts: a first one has no log (only its worker writes it; a retry is a new attempt).
    const queue::JobQueue::LogEnd end = job.attempt > 1 ? m.queue.logEnd(job.id) : queue::JobQueue::LogEnd{};
    int seq = end.nextSeq;
    qint64 stored = end.bytes; // bytes of the log stored so far: where the next chunk starts
    bool truncated = false;
    QString buffer;
    qint64 buffered = 0; // bytes in `buffer`
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    // Pieces are stored on the writer's thread while this one reads and masks what follows.
    LogWriter writer([this, jobId = job.id, projectId = job.pipeline.projectId](const LogWriter::Piece &piece) {
        m.queue.appendLog(jobId, piece.seq, piece.offset, piece.text);
        // Followers read the new piece from storage: the notice stays small however long the piece.
        m.events.publishTransient(QStringLiteral("pipelines"), QStringLiteral("job.log"),
                                  {{QStringLiteral("id"), jobId},
                                   {QStringLiteral("project_id"), projectId},
                                   {QStringLiteral("offset"), piece.offset},
                                   {QStringLiteral("size"), piece.size}},
                                  {});
    });
    const auto flush = [&]() {
        if (!buffer.isEmpty()) {
            writer.put({seq++, stored, buffered, std::exchange(buffer, QString())});
            stored += buffered;
            buffered = 0;
        }
        sinceFlush.restart();
    };
    const auto keep = [&](const QString &text) {
        if (truncated || text.isEmpty())
            return;
        const qint64 size = utf8Length(text);
        if (stored + buffered + size > m.maxLogBytes) {
            const QString notice = QStringLiteral("\n[the log is longer than %1 MiB; the rest is not kept]\n")
                                       .arg(m.maxLogBytes / (1024 * 1024));
            buffer += notice;
            buffered += notice.toUtf8().size();
            truncated = true;
        } else {
            if (buffer.isEmpty()) // once per piece: appends then copy each write once, never the piece again
                buffer.reserve(std::max<qsizetype>(kLogChunkBytes, text.size()) + kLogChunkSlack);
            buffer += text;
            buffered += size;
        }
        if (buffer.size() >= kLogChunkBytes || sinceFlush.elapsed() >= kLogFlushMs)
            flush();
    };
    const ShellExecutor::LogSink log = [&](const QString &chunk) { keep(masker.feed(chunk)); };
    const queue::LeaseKeeper lease(m.queue, job.id, m_name, m.leaseMs);
    QElapsedTimer sinceCheck;
    sinceCheck.start();
    bool ours = true;
    const ShellExecutor::KeepGoing keepGoing = [&]() {
        if (m_stopping)
            return false;
        if (!lease.stillOurs()) {
            ours = false; // canceled or recovered elsewhere
        } else if (sinceCheck.elapsed() >= kCancelCheckMs) {
            ours = m.queue.stillOurs(job.id, m_name);
            sinceCheck.restart();
        }
        if (sinceFlush.elapsed() >= kLogFlushMs)
            flush();
        return ours;
    };
    ShellExecutor::Result result;
    QElapsedTimer ran;
    ran.start();
    if (job.spec.contains(QStringLiteral("trigger"))) {
        const ports::ChildPipelineStarter::Result triggered = m.children.start(job, job.pipelineVariables, m_name, log);
        result = {triggered.status, std::nullopt, triggered.reason};
    } else {
        result = m.executor.run(job, log, keepGoing);
    }
    keep(masker.finish());
    flush();
    writer.finish(); // the whole log is stored before the job ends
    if (m_stopping && result.status == u"canceled")
        return std::nullopt; // the server is stopping: the lease runs out and the job is recovered
    result.usage.runMs = ran.elapsed();
    // A trigger job's end was decided by making its child pipeline; a stopping worker takes no next job.
    const bool ends = result.status != u"downstream";
    std::optional<queue::JobQueue::Claimed> next;
    if (ends && m_stopping)
        m.queue.finish(job, m_name, result.status, result.exitCode, result.reason, result.usage);
    else if (ends)
        next = m.queue.finishAndClaim(job, m_name, result.status, result.exitCode, result.reason, result.usage,
                                      m.leaseMs, m.profile);
    m.events.publishTransient(QStringLiteral("pipelines"), QStringLiteral("job.log"),
                              {{QStringLiteral("id"), job.id},
                               {QStringLiteral("project_id"), job.pipeline.projectId},
                               {QStringLiteral("end"), true}},
                              {});
    return next;
}

} // namespace adp::server::runner
