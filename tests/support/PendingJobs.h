#pragma once

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>

namespace adp::test {

// One pipeline of `jobs` pending no-op jobs, written straight into the tables in one transaction
// (no trigger, no CI file): what the queue's tests and benchmark hand to claims.
struct PendingPipeline
{
    qint64 id = 0;
    QList<qint64> jobs;
};

inline PendingPipeline insertPendingPipeline(adp::server::storage::Database &database, qint64 projectId, int jobs)
{
    adp::server::storage::Transaction tx(database);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 pipeline =
        tx.exec(QStringLiteral("INSERT INTO pipelines (project_id, status, source, ref, sha, "
                               "created_at) VALUES (?, 'pending', 'api', 'main', ?, ?) RETURNING id"),
                {projectId, QString(40, u'a'), now})
            .value(0, 0)
            .toLongLong();
    QList<qint64> ids;
    for (int i = 0; i < jobs; ++i)
        ids.append(
            tx.exec(QStringLiteral("INSERT INTO jobs (pipeline_id, project_id, name, stage, stage_index, status, "
                                   "run_when, spec, created_at, queued_at) VALUES (?, ?, ?, 'test', 0, "
                                   "'pending', 'on_success', '{}', ?, ?) RETURNING id"),
                    {pipeline, projectId, QStringLiteral("job %1").arg(i), now, now})
                .value(0, 0)
                .toLongLong());
    tx.commit();
    return {pipeline, ids};
}

} // namespace adp::test
