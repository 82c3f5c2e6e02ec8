#pragma once

#include "core/GenerationCache.h"

#include <QList>
#include <QVariant>

namespace adp::server::projects {

// A row of a projects list: its stored API JSON and what a cursor after it needs.
struct ListedProject
{
    qint64 id = 0;
    QVariant sortKey;
    QByteArray json;
    qint64 organisationId = 0;
    QString visibility;
};

// Pages of the projects table as read before anyone's visibility is applied (the rows an
// administrator sees, and what a member's list is filtered from), keyed by their statement and
// values, so that the lists people and desktops ask for again and again cost no query. A page
// is forgotten when the projects change: at once when through this process (ProjectRepository's
// commits, and every project or organisation event this server's hub receives, so within
// Redis's delivery time for another replica's), and after kTtlMs whatever happened.
class ProjectListCache : public GenerationCache<QString, QList<ListedProject>>
{
public:
    static constexpr qint64 kTtlMs = 1000;
    static constexpr qsizetype kMaxPages = 256; // at most ~10 MB of pages of 100 projects

    explicit ProjectListCache(const Clock &clock)
        : GenerationCache(clock, kTtlMs, kMaxPages)
    {
    }
};

} // namespace adp::server::projects
