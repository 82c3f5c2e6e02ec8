#pragma once

#include "Clock.h"

#include <QHash>
#include <QMutex>
#include <atomic>
#include <optional>

namespace adp::server {

// Values read from the database, remembered for at most `ttlMs` and forgotten at once when
// what they were read from changes (forget() moves the generation on). Take generation()
// before reading and hand it to keep(): a value read across a change is never kept, so a
// reader can never bring back what a change made stale. Thread-safe; at most `maxEntries`.
template <typename Key, typename Value> class GenerationCache
{
public:
    GenerationCache(const Clock &clock, qint64 ttlMs, qsizetype maxEntries)
        : m_clock(clock)
        , m_ttlMs(ttlMs)
        , m_maxEntries(maxEntries)
    {
    }

    std::optional<Value> find(const Key &key)
    {
        const quint64 generation = m_generation;
        const qint64 now = m_clock.nowMs();
        QMutexLocker lock(&m_mutex);
        const auto entry = m_entries.constFind(key);
        if (entry == m_entries.constEnd() || entry->generation != generation || now - entry->readAtMs >= m_ttlMs)
            return std::nullopt;
        return entry->value;
    }
    quint64 generation() const { return m_generation; }
    void keep(const Key &key, quint64 generation, Value value)
    {
        const qint64 now = m_clock.nowMs();
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation)
            return; // changed while it was read
        if (m_entries.size() >= m_maxEntries && !m_entries.contains(key))
            m_entries.clear(); // bounded: a burst of distinct keys must not grow it forever
        m_entries.insert(key, {std::move(value), now, generation});
    }
    void forget() { ++m_generation; }

private:
    struct Entry
    {
        Value value;
        qint64 readAtMs = 0;
        quint64 generation = 0;
    };
    const Clock &m_clock;
    const qint64 m_ttlMs;
    const qsizetype m_maxEntries;
    std::atomic<quint64> m_generation{0};
    QMutex m_mutex;
    QHash<Key, Entry> m_entries;
};

} // namespace adp::server
