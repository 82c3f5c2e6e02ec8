#pragma once

#include "core/GenerationCache.h"
#include "core/RequestContext.h"
#include "events/Event.h"
#include "storage/Executor.h"

#include <QSet>
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
// another replica of a team server when its event arrives, and within kTtlMs
// anyway. Checks on a single project or organisation never use it: they
// always read the tables.
class MembershipCache
{
public:
    static constexpr qint64 kTtlMs = 1000;

    explicit MembershipCache(const Clock &clock)
        : m_entries(clock, kTtlMs, 10000)
    {
    }
    std::shared_ptr<const Memberships> of(const storage::Executor &run, qint64 userId);
    void invalidate() { m_entries.forget(); }
    // Changes whenever memberships may have changed: what caches of audiences key on.
    quint64 generation() const { return m_entries.generation(); }

    static Memberships load(const storage::Executor &run, qint64 userId);

private:
    GenerationCache<qint64, std::shared_ptr<const Memberships>> m_entries;
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
    // Events after which memberships may differ.
    static bool changesMemberships(const QString &topic, const QString &type);
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
