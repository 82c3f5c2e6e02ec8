#pragma once

namespace adp::server::ports {

// A chore that should run once across replicas, now and then (the scheduler's leader runs each
// once a minute): deleting expired files, forgetting old webhook deliveries.
class Housekeeping
{
public:
    virtual ~Housekeeping() = default;
    virtual void tidy() = 0;
};

} // namespace adp::server::ports
