#pragma once

#include "core/Clock.h"
#include "core/RequestContext.h"
#include "events/Event.h"
#include "storage/Executor.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <atomic>
#include <memory>

namespace adp::server::access {

// A user's memberships: what a projects list filters on.
struct Memberships
{
    QList<qint64> organisations; // any role
    QList<qint64> managed;       // owner or admin
    QList<qint64> projects;      // granted directly or through a team

    // Lookups for sees(); built once when the memberships are loaded (a
    // member of a thousand projects must not pay for a set per request).
    struct Index
    {
        Index() = default;
        explicit Index(const Memberships &memberships);
        // The visibility rules of AccessResolver::visibleProjects, in process.
        bool sees(qint64 projectId, qint64 organisationId, const QString &visibility) const;

        QSet<qint64> organisations;
        QSet<qint64> managed;
        QSet<qint64> projects;
    };
    Index index;
};

// Remembers each user's memberships for a moment, so that listing projects
// costs one query, not two. Every membership change made through this
// process clears it at once (see InvalidatingPublisher); a change made by
// another replica of a team server is seen within kTtlMs. Checks on a single
// project or organisation never use it: they always read the tables.
class MembershipCache
{
public:
    static constexpr qint64 kTtlMs = 1000;

    explicit MembershipCache(const Clock &clock)
        : m_clock(clock)
    {
    }
    std::shared_ptr<const Memberships> of(const storage::Executor &run, qint64 userId);
    void invalidate() { ++m_generation; }
    // Changes whenever memberships may have changed: what caches of audiences key on.
    quint64 generation() const { return m_generation; }

    static Memberships load(const storage::Executor &run, qint64 userId);

private:
    struct Entry
    {
        std::shared_ptr<const Memberships> memberships;
        qint64 loadedAtMs = 0;
        quint64 generation = 0;
    };
    const Clock &m_clock;
    std::atomic<quint64> m_generation{0};
    QMutex m_mutex;
    QHash<qint64, Entry> m_entries;
};

// Forwards live events and clears the membership cache on those that mean
// memberships changed (a project made or deleted, members or teams changed).
class InvalidatingPublisher : public events::EventPublisher
{
public:
    InvalidatingPublisher(events::EventPublisher &inner, MembershipCache &cache)
        : m_inner(inner)
        , m_cache(cache)
    {
    }
    void publish(const QString &topic, const QString &type, const QJsonObject &data,
                 const events::Audience &audience) override;
    void publishTransient(const QString &topic, const QString &type, const QJsonObject &data,
                          const events::Audience &audience) override
    {
        m_inner.publishTransient(topic, type, data, audience);
    }

private:
    events::EventPublisher &m_inner;
    MembershipCache &m_cache;
};

} // namespace adp::server::access
