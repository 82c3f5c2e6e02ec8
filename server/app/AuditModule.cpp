#include "AuditModule.h"

#include "audit/AuditChain.h"

namespace adp::server {

AuditModule::AuditModule(storage::Database &database, const Clock &clock, const QString &keyFile,
                         events::EventPublisher *publisher)
    : recorder(clock, audit::AuditChain::fromKeyFile(keyFile), publisher)
    , repository(database)
    , service(database, repository, recorder)
    , controller(service)
{
}

void AuditModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
}

} // namespace adp::server
