#include "RedisJobDispatch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <spdlog/spdlog.h>

namespace adp::server::queue {

namespace {

// Adds one entry per job in one round trip, keeping the stream bounded.
const QByteArray kAnnounceScript = QByteArrayLiteral("for _, id in ipairs(ARGV) do redis.call('XADD', KEYS[1], "
                                                     "'MAXLEN', '~', '100000', '*', 'job', id) end return #ARGV");

constexpr qint64 kTakeOverEveryMs = 10000;

class RedisListener : public JobDispatch::Listener
{
public:
    RedisListener(kv::RedisClient &redis, QString worker)
        : m_connection(redis, kBlockCeilingMs + 5000)
        , m_worker(std::move(worker).toUtf8())
    {
        m_sinceTakeOver.start();
    }

    std::optional<qint64> wait(int timeoutMs) override
    {
        try {
            ensureGroup();
            if (m_sinceTakeOver.elapsed() > kTakeOverEveryMs) {
                m_sinceTakeOver.restart();
                if (const auto taken = takeOver())
                    return taken;
            }
            const kv::RedisReply reply = m_connection.command(
                {QByteArrayLiteral("XREADGROUP"), QByteArrayLiteral("GROUP"), QByteArray(RedisJobDispatch::kGroup),
                 m_worker, QByteArrayLiteral("COUNT"), QByteArrayLiteral("1"), QByteArrayLiteral("BLOCK"),
                 QByteArray::number(std::min(timeoutMs, kBlockCeilingMs)), QByteArrayLiteral("STREAMS"),
                 QByteArray(RedisJobDispatch::kStream), QByteArrayLiteral(">")});
            // [[stream, [[entry id, [field, value]]]]]
            if (reply.isNil() || reply.elements.isEmpty())
                return std::nullopt;
            return remember(reply.elements.at(0).elements.value(1).elements.value(0));
        } catch (const std::exception &error) {
            const bool noGroup = QByteArray(error.what()).contains("NOGROUP");
            m_groupReady = false; // Redis restarted or the stream was removed: make it again
            if (!noGroup) {
                spdlog::warn("job dispatch: {}; looking in the database meanwhile", error.what());
                QThread::msleep(std::min(timeoutMs, 1000));
            }
            return std::nullopt;
        }
    }

    void done(qint64 jobId) override
    {
        const QByteArray entry = m_entries.take(jobId);
        if (entry.isEmpty())
            return;
        try {
            m_connection.command({QByteArrayLiteral("XACK"), QByteArray(RedisJobDispatch::kStream),
                                  QByteArray(RedisJobDispatch::kGroup), entry});
        } catch (const std::exception &error) {
            spdlog::warn("job dispatch: acknowledging {}: {}", jobId, error.what());
        }
    }

private:
    static constexpr int kBlockCeilingMs = 5000;

    void ensureGroup()
    {
        if (m_groupReady)
            return;
        try {
            m_connection.command({QByteArrayLiteral("XGROUP"), QByteArrayLiteral("CREATE"),
                                  QByteArray(RedisJobDispatch::kStream), QByteArray(RedisJobDispatch::kGroup),
                                  QByteArrayLiteral("$"), QByteArrayLiteral("MKSTREAM")});
        } catch (const kv::RedisUnavailable &) {
            throw;
        } catch (const std::exception &error) {
            if (!QByteArray(error.what()).contains("BUSYGROUP"))
                throw;
        }
        m_groupReady = true;
    }

    // Entries another worker read but never acknowledged (it died): this worker tries their jobs.
    std::optional<qint64> takeOver()
    {
        const kv::RedisReply reply = m_connection.command(
            {QByteArrayLiteral("XAUTOCLAIM"), QByteArray(RedisJobDispatch::kStream),
             QByteArray(RedisJobDispatch::kGroup), m_worker, QByteArray::number(RedisJobDispatch::kTakeOverAfterMs),
             QByteArrayLiteral("0-0"), QByteArrayLiteral("COUNT"), QByteArrayLiteral("1")});
        // [next cursor, [[entry id, [field, value]]], ...]
        const kv::RedisReply entries = reply.elements.value(1);
        if (entries.elements.isEmpty())
            return std::nullopt;
        return remember(entries.elements.at(0));
    }

    std::optional<qint64> remember(const kv::RedisReply &entry)
    {
        const QByteArray id = entry.elements.value(0).string;
        const QList<kv::RedisReply> fields = entry.elements.value(1).elements;
        bool numeric = false;
        const qint64 jobId = fields.value(1).string.toLongLong(&numeric);
        if (id.isEmpty() || !numeric)
            return std::nullopt;
        m_entries.insert(jobId, id);
        return jobId;
    }

    kv::RedisConnection m_connection;
    QByteArray m_worker;
    bool m_groupReady = false;
    QElapsedTimer m_sinceTakeOver;
    QHash<qint64, QByteArray> m_entries; // job id -> stream entry to acknowledge
};

} // namespace

void RedisJobDispatch::announce(const QList<qint64> &jobIds)
{
    if (jobIds.isEmpty())
        return;
    QList<QByteArray> command{QByteArrayLiteral("EVAL"), kAnnounceScript, QByteArrayLiteral("1"), QByteArray(kStream)};
    for (const qint64 id : jobIds)
        command.append(QByteArray::number(id));
    try {
        m_redis.command(command);
    } catch (const std::exception &error) {
        // Only a hint: the jobs are pending in the database, where workers also look.
        spdlog::warn("job dispatch: {} job(s) not announced: {}", jobIds.size(), error.what());
    }
}

std::unique_ptr<JobDispatch::Listener> RedisJobDispatch::listen(const QString &worker)
{
    return std::make_unique<RedisListener>(m_redis, worker);
}

} // namespace adp::server::queue
