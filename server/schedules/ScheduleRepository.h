#pragma once

#include "ci/CiVariables.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::crypto {
class SecretBox;
}

namespace adp::server::schedules {

// The `pipeline_schedules` table. Variables are sealed at rest (when a key is given) and opened
// as they are read.
class ScheduleRepository
{
public:
    struct Stored
    {
        qint64 id = 0;
        qint64 projectId = 0;
        QString projectSlug;
        QString description;
        QString cron;
        QString timezone;
        QString ref;
        ci::VariableList variables;
        bool active = true;
        qint64 ownerId = 0;
        QString ownerName;
        std::optional<qint64> nextRunMs;
        std::optional<qint64> lastRunMs;
        qint64 lastPipelineId = 0;
        QString lastError;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };
    // What a create or an edit writes.
    struct Values
    {
        QString description;
        QString cron;
        QString timezone;
        QString ref;
        ci::VariableList variables;
        bool active = true;
        std::optional<qint64> nextRunMs;
        qint64 ownerId = 0;
        qint64 nowMs = 0;
    };

    ScheduleRepository(storage::Database &database, const crypto::SecretBox *secrets)
        : m_database(database)
        , m_secrets(secrets)
    {
    }

    std::optional<Stored> find(qint64 id);
    // A project's schedules by id, in one query.
    QList<Stored> listOf(qint64 projectId);
    // Active schedules whose next run is at or before `nowMs`, the most overdue first.
    QList<Stored> due(qint64 nowMs, int limit);

    qint64 insert(storage::Transaction &tx, qint64 projectId, const Values &values);
    void update(storage::Transaction &tx, qint64 id, const Values &values);
    void remove(storage::Transaction &tx, qint64 id);
    // What a run by hand made: its pipeline or why there is none. The next run stays.
    void recordPlay(qint64 id, qint64 nowMs, std::optional<qint64> pipelineId, const QString &error);
    // Moves a due schedule on to `next`, only if it still is where `stored` saw it: the one replica
    // whose write succeeds runs it. Answers whether this one did.
    bool advance(storage::Transaction &tx, const Stored &stored, std::optional<qint64> next, qint64 nowMs,
                 const QString &error);
    void setLastPipeline(storage::Transaction &tx, qint64 id, qint64 pipelineId);

private:
    QList<Stored> select(const QString &where, const storage::SqlParams &params);
    storage::Database &m_database;
    const crypto::SecretBox *m_secrets;
};

} // namespace adp::server::schedules
