#include "LogWriter.h"

namespace adp::server::runner {

LogWriter::LogWriter(Store store)
    : m_store(std::move(store))
    , m_thread([this]() { run(); })
{
}

LogWriter::~LogWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void LogWriter::rethrowFailure()
{
    if (m_failure)
        std::rethrow_exception(m_failure);
}

void LogWriter::put(Piece piece)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this]() { return m_failure || int(m_waiting.size()) < kDepth; });
    rethrowFailure();
    m_waiting.push_back(std::move(piece));
    lock.unlock();
    m_changed.notify_all();
}

void LogWriter::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this]() { return m_failure || (m_waiting.empty() && !m_writing); });
    rethrowFailure();
}

void LogWriter::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this]() { return m_closing || (!m_waiting.empty() && !m_failure); });
        if (m_waiting.empty() || m_failure) {
            if (m_closing)
                return;
            continue;
        }
        Piece piece = std::move(m_waiting.front());
        m_waiting.pop_front();
        m_writing = true;
        lock.unlock();
        m_changed.notify_all(); // room for one more
        std::exception_ptr failure;
        try {
            m_store(piece);
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        m_writing = false;
        if (failure) {
            m_failure = failure;
            m_waiting.clear(); // nothing after a missing piece: the log would have a hole
        }
        m_changed.notify_all();
    }
}

} // namespace adp::server::runner
