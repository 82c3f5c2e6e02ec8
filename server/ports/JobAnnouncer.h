#pragma once

#include <QList>

namespace adp::server::ports {

// Where pipelines/ tells that jobs became pending, after the commit that made them so, so that a
// worker takes them at once (queue/ implements it: a hint; the jobs table stays the truth).
class JobAnnouncer
{
public:
    virtual ~JobAnnouncer() = default;
    virtual void announce(const QList<qint64> &jobIds) = 0;
};

} // namespace adp::server::ports
