#pragma once

#include "JobDispatch.h"
#include "kv/RedisClient.h"

namespace adp::server::queue {

// On a team server: each announced job becomes an entry of a Redis stream
// read by the consumer group of every worker of every process, so exactly
// one worker is woken for it. An entry is acknowledged once its worker has
// tried the job; entries left unacknowledged by a worker that died are taken
// over after a while. Redis losing the stream (a restart) loses only hints:
// workers still find pending jobs in the database.
class RedisJobDispatch : public JobDispatch
{
public:
    static constexpr const char *kStream = "adp:jobs:ready";
    static constexpr const char *kGroup = "workers";
    static constexpr qint64 kTakeOverAfterMs = 30000; // an entry its reader never acknowledged

    explicit RedisJobDispatch(kv::RedisClient &redis)
        : m_redis(redis)
    {
    }
    void announce(const QList<qint64> &jobIds) override;
    std::unique_ptr<Listener> listen(const QString &worker) override;

private:
    kv::RedisClient &m_redis;
};

} // namespace adp::server::queue
