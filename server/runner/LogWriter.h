#pragma once

#include <QString>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace adp::server::runner {

// Stores a job's log pieces on a thread of its own, in order, so that reading
// and masking the job's output go on while the database writes the previous
// piece. At most kDepth pieces wait: a writer slower than the job holds the
// job's output back instead of growing memory. A failed store is rethrown by
// the next put() or by finish(), and nothing after it is stored.
class LogWriter
{
public:
    struct Piece
    {
        int seq = 0;
        qint64 offset = 0; // bytes of the log before this piece
        qint64 size = 0;   // its UTF-8 bytes
        QString text;
    };
    using Store = std::function<void(const Piece &piece)>;

    static constexpr int kDepth = 2;

    explicit LogWriter(Store store);
    ~LogWriter(); // waits for the pieces already given, swallowing a failure
    LogWriter(const LogWriter &) = delete;
    LogWriter &operator=(const LogWriter &) = delete;

    void put(Piece piece);
    // Every piece given so far is stored; throws what storing one threw.
    void finish();

private:
    void run();
    void rethrowFailure(); // with m_mutex held

    Store m_store;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Piece> m_waiting;
    bool m_writing = false;
    bool m_closing = false;
    std::exception_ptr m_failure;
    std::thread m_thread;
};

} // namespace adp::server::runner
