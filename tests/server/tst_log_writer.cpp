#include "runner/LogWriter.h"

#include <QtTest>
#include <atomic>
#include <stdexcept>

using adp::server::runner::LogWriter;

// The job's log is stored on a thread of its own: in order, with bounded
// memory, and a failed store stops the job's log rather than leaving a hole.
class TestLogWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesEveryPieceInOrderBeforeFinishReturns()
    {
        QList<int> stored;
        std::mutex mutex;
        {
            LogWriter writer([&](const LogWriter::Piece &piece) {
                QThread::usleep(200); // a database round trip
                std::lock_guard lock(mutex);
                stored.append(piece.seq);
            });
            for (int seq = 0; seq < 50; ++seq)
                writer.put({seq, seq * 10, 10, QStringLiteral("0123456789")});
            writer.finish();
            std::lock_guard lock(mutex);
            QCOMPARE(stored.size(), 50);
        }
        for (int seq = 0; seq < 50; ++seq)
            QCOMPARE(stored.at(seq), seq);
    }

    void aSlowStoreHoldsTheProducerBack()
    {
        std::atomic<int> storedCount = 0;
        std::atomic<bool> release = false;
        LogWriter writer([&](const LogWriter::Piece &) {
            while (!release)
                QThread::usleep(100);
            ++storedCount;
        });
        std::atomic<int> given = 0;
        std::thread producer([&]() {
            for (int seq = 0; seq < 10; ++seq) {
                writer.put({seq, 0, 1, QStringLiteral("x")});
                ++given;
            }
        });
        QThread::msleep(100);
        // One piece is being stored and kDepth wait; the producer is held at the next.
        QCOMPARE(given.load(), 1 + LogWriter::kDepth);
        release = true;
        producer.join();
        writer.finish();
        QCOMPARE(storedCount.load(), 10);
    }

    void aFailedStoreIsRethrownAndNothingAfterItIsStored()
    {
        QList<int> stored;
        LogWriter writer([&](const LogWriter::Piece &piece) {
            if (piece.seq == 2)
                throw std::runtime_error("the database went away");
            stored.append(piece.seq);
        });
        bool thrown = false;
        try {
            for (int seq = 0; seq < 20; ++seq)
                writer.put({seq, 0, 1, QStringLiteral("x")});
            writer.finish();
        } catch (const std::runtime_error &error) {
            thrown = QByteArray(error.what()) == "the database went away";
        }
        QVERIFY(thrown);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writer.finish());
        QCOMPARE(stored, (QList<int>{0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestLogWriter)
#include "tst_log_writer.moc"
