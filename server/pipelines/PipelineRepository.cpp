#include "PipelineRepository.h"

#include "LogPieceCodec.h"
#include "shared/pipeline/JobStates.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace adp::server::pipelines {

namespace {

const QString kPipelineColumns = QStringLiteral(
    "SELECT p.id, projects.slug, p.status, p.source, p.ref, p.is_tag, p.sha, p.commit_message, COALESCE(u.username, ''), "
    "p.created_at, p.started_at, p.finished_at, COALESCE(p.parent_pipeline_id, 0), COALESCE(p.parent_job_id, 0) "
    "FROM pipelines p JOIN projects ON projects.id = p.project_id "
    "LEFT JOIN users u ON u.id = p.triggered_by ");

using storage::timeFromMs;

shared::Pipeline pipelineFromRow(const storage::ResultSet &rows, int row)
{
    shared::Pipeline pipeline;
    pipeline.id = rows.value(row, 0).toLongLong();
    pipeline.project = rows.value(row, 1).toString();
    pipeline.status = rows.value(row, 2).toString();
    pipeline.source = rows.value(row, 3).toString();
    pipeline.ref = rows.value(row, 4).toString();
    pipeline.isTag = rows.value(row, 5).toBool();
    pipeline.sha = rows.value(row, 6).toString();
    pipeline.commitMessage = rows.value(row, 7).toString();
    pipeline.triggeredBy = rows.value(row, 8).toString();
    pipeline.createdAt = timeFromMs(rows.value(row, 9));
    pipeline.startedAt = timeFromMs(rows.value(row, 10));
    pipeline.finishedAt = timeFromMs(rows.value(row, 11));
    pipeline.parentPipelineId = rows.value(row, 12).toLongLong();
    pipeline.parentJobId = rows.value(row, 13).toLongLong();
    return pipeline;
}

// "column IN (?, ...)" over `values`, appended to `params` in placeholder order.
QString inValues(const QString &column, const QStringList &values, storage::SqlParams &params)
{
    QStringList marks;
    for (const QString &value : values) {
        marks.append(QStringLiteral("?"));
        params.append(value);
    }
    return column + QStringLiteral(" IN (") + marks.join(u',') + u')';
}

// " AND <visible>" (nothing when everything is visible), its parameters appended.
QString visibleClause(const access::SqlCondition &visible, storage::SqlParams &params)
{
    if (visible.sql.isEmpty())
        return {};
    params.append(visible.params);
    return QStringLiteral(" AND ") + visible.sql;
}

} // namespace

// `sql` (kPipelineColumns and its conditions) below the cursor, newest first, at most `limit`.
QList<shared::Pipeline> PipelineRepository::newestFirst(QString sql, storage::SqlParams params, qint64 beforeId,
                                                        int limit)
{
    if (beforeId > 0) {
        sql += QStringLiteral(" AND p.id < ?");
        params.append(beforeId);
    }
    sql += QStringLiteral(" ORDER BY p.id DESC LIMIT ?");
    params.append(limit);
    const auto rows = m_database.query(sql, params);
    return rows.map([&rows](int row) { return pipelineFromRow(rows, row); });
}

QList<shared::Pipeline> PipelineRepository::list(qint64 projectId, const Query &query)
{
    QString sql = kPipelineColumns + QStringLiteral("WHERE p.project_id = ?");
    storage::SqlParams params{projectId};
    if (!query.status.isEmpty()) {
        sql += QStringLiteral(" AND p.status = ?");
        params.append(query.status);
    }
    if (!query.ref.isEmpty()) {
        sql += QStringLiteral(" AND p.ref = ?");
        params.append(query.ref);
    }
    if (!query.source.isEmpty()) {
        sql += QStringLiteral(" AND p.source = ?");
        params.append(query.source);
    }
    return newestFirst(sql, params, query.beforeId, query.limit);
}

QList<shared::Pipeline> PipelineRepository::listAcross(const access::SqlCondition &visible, const AcrossQuery &query)
{
    storage::SqlParams params;
    QString sql = kPipelineColumns + QStringLiteral("WHERE 1 = 1") + visibleClause(visible, params);
    if (!query.statuses.isEmpty())
        sql += QStringLiteral(" AND ") + inValues(QStringLiteral("p.status"), query.statuses, params);
    if (query.triggeredBy > 0) {
        sql += QStringLiteral(" AND p.triggered_by = ?");
        params.append(query.triggeredBy);
    }
    return newestFirst(sql, params, query.beforeId, query.limit);
}

QList<shared::ActiveJob> PipelineRepository::jobsAcross(const access::SqlCondition &visible,
                                                        const QStringList &statuses, int limit)
{
    storage::SqlParams params;
    // One statement each: the parameters must be appended in the order of their placeholders.
    QString sql = QStringLiteral("SELECT j.id, j.name, j.stage, j.status, j.created_at, j.started_at, j.environment, "
                                 "j.waiting_for, j.attempt, p.id, p.ref, projects.slug "
                                 "FROM jobs j JOIN pipelines p ON p.id = j.pipeline_id "
                                 "JOIN projects ON projects.id = j.project_id WHERE ");
    sql += inValues(QStringLiteral("j.status"), statuses, params);
    sql += visibleClause(visible, params);
    sql += QStringLiteral(" ORDER BY j.id DESC LIMIT ?");
    params.append(limit);
    const auto rows = m_database.query(sql, params);
    QList<shared::ActiveJob> jobs;
    for (int row = 0; row < rows.size(); ++row) {
        shared::ActiveJob active;
        active.job.id = rows.value(row, 0).toLongLong();
        active.job.name = rows.value(row, 1).toString();
        active.job.stage = rows.value(row, 2).toString();
        active.job.status = rows.value(row, 3).toString();
        active.job.createdAt = timeFromMs(rows.value(row, 4));
        active.job.startedAt = timeFromMs(rows.value(row, 5));
        active.job.environment = rows.value(row, 6).toString();
        active.job.waitingFor = rows.value(row, 7).toString();
        active.job.attempt = rows.value(row, 8).toInt();
        active.pipelineId = rows.value(row, 9).toLongLong();
        active.ref = rows.value(row, 10).toString();
        active.project = rows.value(row, 11).toString();
        jobs.append(active);
    }
    return jobs;
}

std::optional<shared::Pipeline> PipelineRepository::find(const storage::Executor &run, qint64 id, bool withJobs)
{
    const auto rows = run(kPipelineColumns + QStringLiteral("WHERE p.id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    shared::Pipeline pipeline = pipelineFromRow(rows, 0);
    if (!withJobs)
        return pipeline;
    const auto jobs = run(
        QStringLiteral(
            "SELECT j.id, j.name, j.stage, j.status, j.run_when, j.allow_failure, j.needs, j.created_at, j.started_at, "
            "j.finished_at, j.failure_reason, j.attempt, j.exit_code, a.filename, f.size, f.sha256, a.expire_at, "
            "COALESCE(j.downstream_pipeline_id, 0), j.environment, j.waiting_for "
            "FROM jobs j LEFT JOIN job_artifacts a ON a.job_id = j.id AND (a.expire_at IS NULL OR a.expire_at > ?) "
            "LEFT JOIN stored_files f ON f.id = a.file_id "
            "WHERE j.pipeline_id = ? ORDER BY j.stage_index, j.id"),
        {QDateTime::currentMSecsSinceEpoch(), id});
    for (int row = 0; row < jobs.size(); ++row) {
        shared::PipelineJob job;
        job.id = jobs.value(row, 0).toLongLong();
        job.name = jobs.value(row, 1).toString();
        job.stage = jobs.value(row, 2).toString();
        job.status = jobs.value(row, 3).toString();
        job.when = jobs.value(row, 4).toString();
        job.allowFailure = jobs.value(row, 5).toBool();
        job.needs = needsOf(jobs.value(row, 6));
        job.createdAt = timeFromMs(jobs.value(row, 7));
        job.startedAt = timeFromMs(jobs.value(row, 8));
        job.finishedAt = timeFromMs(jobs.value(row, 9));
        job.failureReason = jobs.value(row, 10).toString();
        job.attempt = jobs.value(row, 11).toInt();
        if (!jobs.value(row, 12).isNull())
            job.exitCode = jobs.value(row, 12).toInt();
        if (!jobs.value(row, 13).isNull())
            job.artifacts = shared::JobArtifactsInfo{jobs.value(row, 13).toString(), jobs.value(row, 14).toLongLong(),
                                                     jobs.value(row, 15).toString(), timeFromMs(jobs.value(row, 16))};
        job.downstreamPipelineId = jobs.value(row, 17).toLongLong();
        job.environment = jobs.value(row, 18).toString();
        job.waitingFor = jobs.value(row, 19).toString();
        pipeline.jobs.append(job);
    }
    return pipeline;
}

std::optional<QStringList> PipelineRepository::needsOf(const QVariant &stored)
{
    if (stored.isNull())
        return std::nullopt;
    QStringList needs;
    for (const QJsonValue &need : QJsonDocument::fromJson(stored.toString().toUtf8()).array())
        needs.append(need.toString());
    return needs;
}

std::optional<qint64> PipelineRepository::projectOfJob(qint64 jobId)
{
    const auto rows = m_database.query(QStringLiteral("SELECT project_id FROM jobs WHERE id = ?"), {jobId});
    return rows.isEmpty() ? std::nullopt : std::optional<qint64>(rows.value(0, 0).toLongLong());
}

QString PipelineRepository::statusOfJob(qint64 jobId)
{
    return m_database.query(QStringLiteral("SELECT status FROM jobs WHERE id = ?"), {jobId}).value(0, 0).toString();
}

PipelineRepository::LogSlice PipelineRepository::log(qint64 jobId, qint64 from, qint64 maxBytes)
{
    LogSlice slice;
    const auto last = m_database.query(
        QStringLiteral("SELECT byte_offset, byte_size FROM job_logs WHERE job_id = ? ORDER BY seq DESC LIMIT 1"),
        {jobId});
    if (last.isEmpty())
        return slice;
    slice.size = last.value(0, 0).toLongLong() + last.value(0, 1).toLongLong();
    slice.offset = std::clamp<qint64>(from, 0, slice.size);
    if (slice.offset == slice.size)
        return slice;
    // Chunks from the one holding `from`, read in pages so a long log is never all in memory at once.
    qint64 chunkStart =
        m_database
            .query(QStringLiteral(
                       "SELECT COALESCE(MAX(byte_offset), 0) FROM job_logs WHERE job_id = ? AND byte_offset <= ?"),
                   {jobId, slice.offset})
            .value(0, 0)
            .toLongLong();
    // A page holds about as many chunks as the bytes still wanted need: chunks run from a few bytes
    // (a slow job's lines) to 1 MiB (a fast one's), and reading 64 MiB for a 4 MiB piece is waste.
    int page = 4;
    while (slice.bytes.size() < maxBytes) {
        const auto rows = m_database.query(
            QStringLiteral(
                "SELECT byte_offset, content, packed, byte_size FROM job_logs WHERE job_id = ? AND "
                "byte_offset >= ? ORDER BY byte_offset, seq LIMIT ?"), // job_logs_offset: no chunk before is read
            {jobId, chunkStart, page});
        qint64 pageBytes = 0;
        for (int row = 0; row < rows.size() && slice.bytes.size() < maxBytes; ++row) {
            const qint64 start = rows.value(row, 0).toLongLong();
            const QByteArray content = LogPieceCodec::read(
                rows.value(row, 1).toString(), rows.value(row, 2).toByteArray(), rows.value(row, 3).toLongLong());
            pageBytes += content.size();
            slice.bytes += start < slice.offset ? content.mid(slice.offset - start) : content;
            chunkStart = start + 1;
        }
        if (rows.size() < page)
            break;
        const qint64 perChunk = std::max<qint64>(1, pageBytes / rows.size());
        page = int(std::clamp<qint64>((maxBytes - slice.bytes.size()) / perChunk + 1, 1, 256));
    }
    if (slice.bytes.size() > maxBytes) {
        // At most maxBytes, cut where a UTF-8 character starts so that each piece decodes on its own.
        const auto continues = [&](qsizetype at) { return (uchar(slice.bytes.at(at)) & 0xC0) == 0x80; };
        qsizetype cut = std::max<qint64>(maxBytes, 1);
        while (cut > 0 && continues(cut))
            --cut;
        while (cut == 0 || (cut < slice.bytes.size() && continues(cut))) // a limit shorter than one character
            ++cut;
        slice.bytes.truncate(cut);
    }
    return slice;
}

std::optional<qint64> PipelineRepository::projectOf(qint64 pipelineId)
{
    const auto rows = m_database.query(QStringLiteral("SELECT project_id FROM pipelines WHERE id = ?"), {pipelineId});
    return rows.isEmpty() ? std::nullopt : std::optional<qint64>(rows.value(0, 0).toLongLong());
}

QString PipelineRepository::lastEndedStatusBefore(const storage::Executor &run, qint64 projectId, const QString &ref,
                                                  qint64 pipelineId)
{
    const auto before = run(QStringLiteral("SELECT status FROM pipelines WHERE project_id = ? AND ref = ? AND id < ? "
                                           "AND status IN ('success', 'failed') AND parent_pipeline_id IS NULL "
                                           "ORDER BY id DESC LIMIT 1"),
                            {projectId, ref, pipelineId});
    return before.isEmpty() ? QString() : before.value(0, 0).toString();
}

std::optional<ports::JobFacts> PipelineRepository::jobFacts(qint64 jobId)
{
    const auto rows =
        m_database.query(QStringLiteral("SELECT j.id, p.project_id, j.pipeline_id, j.name, j.status, p.sha, "
                                        "p.ref FROM jobs j JOIN pipelines p ON p.id = j.pipeline_id "
                                        "WHERE j.id = ?"),
                         {jobId});
    if (rows.isEmpty())
        return std::nullopt;
    return ports::JobFacts{rows.value(0, 0).toLongLong(), rows.value(0, 1).toLongLong(), rows.value(0, 2).toLongLong(),
                           rows.value(0, 3).toString(),   rows.value(0, 4).toString(),   rows.value(0, 5).toString(),
                           rows.value(0, 6).toString()};
}

QStringList PipelineRepository::jobScript(qint64 jobId)
{
    const auto rows = m_database.query(QStringLiteral("SELECT spec FROM jobs WHERE id = ?"), {jobId});
    if (rows.isEmpty())
        return {};
    const QJsonObject spec = QJsonDocument::fromJson(rows.value(0, 0).toString().toUtf8()).object();
    QStringList commands;
    for (const char *key : {"before_script", "script"}) {
        for (const QJsonValue &line : spec.value(QLatin1String(key)).toArray())
            commands.append(line.toString());
    }
    return commands;
}

QList<ports::JobRun> PipelineRepository::runsOnSameCommit(const ports::JobFacts &job, int limit)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT j.id, j.pipeline_id, j.status FROM jobs j JOIN pipelines p ON p.id = j.pipeline_id "
                       "WHERE p.project_id = ? AND p.sha = ? AND j.name = ? AND j.id <> ? "
                       "AND j.status IN ('success', 'failed') ORDER BY j.id DESC LIMIT ?"),
        {job.projectId, job.sha, job.name, job.id, limit});
    return rows.map([&rows](int row) {
        return ports::JobRun{rows.value(row, 0).toLongLong(), rows.value(row, 1).toLongLong(),
                             rows.value(row, 2).toString()};
    });
}

QList<shared::analysis::JobRecord> PipelineRepository::recentJobs(qint64 projectId, int pipelines)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT p.id, p.created_at, p.sha, j.name, j.stage, j.stage_index, j.status, j.attempt, "
                       "COALESCE(j.started_at, 0), COALESCE(j.finished_at, 0), j.needs, j.spec FROM jobs j "
                       "JOIN (SELECT id, created_at, sha FROM pipelines WHERE project_id = ? AND parent_pipeline_id "
                       "IS NULL AND status IN ('success', 'failed', 'canceled') ORDER BY id DESC LIMIT ?) p "
                       "ON p.id = j.pipeline_id WHERE j.status IN ('success', 'failed', 'canceled') "
                       "ORDER BY p.id, j.id"),
        {projectId, pipelines});
    return rows.map([&rows](int row) {
        const QJsonObject spec = QJsonDocument::fromJson(rows.value(row, 11).toString().toUtf8()).object();
        shared::analysis::JobRecord job;
        job.pipelineId = rows.value(row, 0).toLongLong();
        job.pipelineCreatedAtMs = rows.value(row, 1).toLongLong();
        job.sha = rows.value(row, 2).toString();
        job.name = rows.value(row, 3).toString();
        job.stage = rows.value(row, 4).toString();
        job.stageIndex = rows.value(row, 5).toInt();
        job.status = rows.value(row, 6).toString();
        job.attempt = rows.value(row, 7).toInt();
        job.startedAtMs = rows.value(row, 8).toLongLong();
        job.finishedAtMs = rows.value(row, 9).toLongLong();
        job.needsSet = !rows.value(row, 10).isNull();
        job.dependenciesSet = spec.contains(QStringLiteral("dependencies"));
        job.hasCache = spec.contains(QStringLiteral("cache"));
        for (const QJsonValue &line : spec.value(QStringLiteral("script")).toArray())
            job.script.append(line.toString());
        return job;
    });
}

} // namespace adp::server::pipelines
