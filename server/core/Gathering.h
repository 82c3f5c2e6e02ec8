#pragma once

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace adp::server {

// Requests that threads make at the same moment, handled together. A thread that finds no
// batch under way leads: it takes every request waiting at that moment (its own among them,
// oldest first) up to `maxBatch`, handles them in one go and wakes the others; a thread that
// finds a batch under way waits for the next leader, which may be itself. Alone, a request is
// a batch of one. Used where many threads each need a round trip to the database and one
// round trip can answer several (pipelines::EndGroup, pipelines::ClaimGroup).
template <typename Request> class Gathering
{
public:
    explicit Gathering(int maxBatch)
        : m_maxBatch(maxBatch)
    {
    }
    // Returns once `request` was handled, by this thread or another. `handle` is called with a
    // batch (this request or not among it) and must not throw: it records each answer in its request.
    template <typename Handle> void submit(Request &request, const Handle &handle)
    {
        Entry entry{&request};
        std::unique_lock lock(m_mutex);
        m_waiting.push_back(&entry);
        while (!entry.done) {
            if (m_leading) {
                m_handled.wait(lock);
                continue;
            }
            m_leading = true;
            const std::vector<Entry *> taken = take(&entry);
            lock.unlock();
            std::vector<Request *> batch;
            batch.reserve(taken.size());
            for (const Entry *member : taken)
                batch.push_back(member->request);
            handle(batch);
            lock.lock();
            for (Entry *member : taken)
                member->done = true; // under the lock: waiters read it there
            m_leading = false;
            m_handled.notify_all();
        }
    }

private:
    struct Entry
    {
        Request *request;
        bool done = false;
    };
    // The oldest waiting, up to the batch's size; the leader's own always among them.
    std::vector<Entry *> take(Entry *own)
    {
        const auto end = m_waiting.begin() + std::min<std::ptrdiff_t>(m_maxBatch, std::ptrdiff_t(m_waiting.size()));
        std::vector<Entry *> taken(m_waiting.begin(), end);
        m_waiting.erase(m_waiting.begin(), end);
        if (std::find(taken.begin(), taken.end(), own) == taken.end()) {
            taken.push_back(own);
            m_waiting.erase(std::remove(m_waiting.begin(), m_waiting.end(), own), m_waiting.end());
        }
        return taken;
    }

    const int m_maxBatch;
    std::mutex m_mutex;
    std::condition_variable m_handled;
    std::vector<Entry *> m_waiting;
    bool m_leading = false;
};

} // namespace adp::server
