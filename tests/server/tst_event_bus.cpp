#include "TestBackends.h"
#include "events/EventHub.h"
#include "events/RedisEventBus.h"
#include "kv/RedisClient.h"

#include <QMutex>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace adp::test;
using namespace adp::server;

// The team server's event bus on a real Redis: several commands in one round trip
// (RedisClient::pipeline), and events published from many threads without each waiting for
// Redis, reaching the hub once each, numbered in order, none lost when the bus stops.
class TestEventBus : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<kv::RedisClient> m_redis;

    static QString redisUrl() { return qEnvironmentVariable("ADP_TEST_REDIS_URL"); }

private Q_SLOTS:
    void init()
    {
        ADP_REQUIRE_BACKEND(QStringLiteral("postgres")); // the team backend brings the test Redis
        TestBackends::flushRedis();
        const auto endpoint = kv::RedisEndpoint::parse(redisUrl());
        QVERIFY(endpoint);
        m_redis = std::make_unique<kv::RedisClient>(*endpoint, 4);
    }

    void cleanup() { m_redis.reset(); }

    void aPipelineAnswersEachCommandInOrder()
    {
        const QList<kv::RedisReply> replies =
            m_redis->pipeline({{"SET", "adp:test:text", "not a number"},
                               {"INCR", "adp:test:counter"},
                               {"INCR", "adp:test:text"}, // refused by Redis: its own reply says so
                               {"INCRBY", "adp:test:counter", "41"},
                               {"GET", "adp:test:missing"}});
        QCOMPARE(replies.size(), 5);
        QCOMPARE(replies.at(0).type, kv::RedisReply::Type::Status);
        QCOMPARE(replies.at(1).integer, 1);
        QCOMPARE(replies.at(2).type, kv::RedisReply::Type::Error);
        QCOMPARE(replies.at(3).integer, 42);
        QVERIFY(replies.at(4).isNil());
        // The connection went back healthy: the next command on the pool works.
        QCOMPARE(m_redis->command({"GET", "adp:test:counter"}).string, QByteArray("42"));
    }

    void eventsFromManyThreadsArriveOnceInOrder()
    {
        events::EventHub hub(events::RedisEventBus::sharedEpoch(*m_redis));
        QMutex mutex;
        QList<qint64> offsets;
        QHash<int, QList<int>> byThread; // publisher -> its sequence numbers, as received
        hub.observe([&](const events::Event &event) {
            QMutexLocker locker(&mutex);
            offsets.append(event.offset);
            byThread[event.data.value("thread").toInt()].append(event.data.value("n").toInt());
        });
        auto bus = std::make_unique<events::RedisEventBus>(*m_redis, hub);
        bus->start();
        QThread::msleep(300); // the subscriber is listening

        constexpr int kThreads = 4;
        constexpr int kEach = 250;
        QList<QThread *> publishers;
        for (int t = 0; t < kThreads; ++t) {
            publishers.append(QThread::create([&bus, t]() {
                for (int n = 0; n < kEach; ++n)
                    bus->publish(QStringLiteral("pipelines"), QStringLiteral("job.changed"),
                                 QJsonObject{{"thread", t}, {"n", n}}, {});
            }));
            publishers.last()->start();
        }
        for (QThread *publisher : publishers) {
            QVERIFY(publisher->wait(20000));
            delete publisher;
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            [&]() {
                QMutexLocker locker(&mutex);
                return offsets.size();
            }(),
            kThreads * kEach, 10000);
        QMutexLocker locker(&mutex);
        for (qsizetype i = 1; i < offsets.size(); ++i)
            QCOMPARE(offsets.at(i), offsets.at(i - 1) + 1); // numbered in order, none twice
        for (int t = 0; t < kThreads; ++t) {
            QList<int> expected;
            for (int n = 0; n < kEach; ++n)
                expected.append(n);
            QCOMPARE(byThread.value(t), expected); // each thread's events in the order it published them
        }
        locker.unlock();
        bus->stop();
    }

    void stoppingSendsWhatWasQueuedAndLaterEventsGoAtOnce()
    {
        events::EventHub hub(events::RedisEventBus::sharedEpoch(*m_redis));
        events::RedisEventBus bus(*m_redis, hub);
        for (int n = 0; n < 2000; ++n)
            bus.publish(QStringLiteral("projects"), QStringLiteral("project.updated"), QJsonObject{{"n", n}}, {});
        bus.stop(); // returns once everything queued before it is in Redis
        QCOMPARE(m_redis->command({"GET", "adp:events:offset"}).string, QByteArray("2000"));
        bus.publish(QStringLiteral("projects"), QStringLiteral("project.updated"), QJsonObject{{"n", 2000}}, {});
        QCOMPARE(m_redis->command({"GET", "adp:events:offset"}).string, QByteArray("2001"));
    }
};

QTEST_GUILESS_MAIN(TestEventBus)
#include "tst_event_bus.moc"
