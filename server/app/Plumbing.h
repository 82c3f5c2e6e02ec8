#pragma once

#include "ServerConfig.h"
#include "core/Clock.h"

#include <QUrl>
#include <functional>

namespace adp::server {

namespace storage {
class Database;
}
namespace events {
class EventPublisher;
}
namespace audit {
class AuditRecorder;
}
namespace crypto {
class SecretBox;
}
namespace kv {
class RedisClient;
}

// What every feature module is built on: the composition root makes these first, then hands them
// to each module with the few parts of other modules it needs.
struct Plumbing
{
    const ServerConfig &config;
    storage::Database &database;
    kv::RedisClient *redis; // a team server's; null on the embedded one
    events::EventPublisher &publisher;
    const audit::AuditRecorder &audit;
    const crypto::SecretBox &secrets;
    const Clock &clock;
    std::function<QUrl()> publicUrl;
};

} // namespace adp::server
