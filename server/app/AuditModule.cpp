#include "AuditModule.h"

#include "audit/AuditChain.h"

namespace adp::server {

AuditModule::AuditModule(storage::Database &database, const Clock &clock, const QString &keyFile,
                         const QString &signingKeyFile, const QString &reportRenderer,
                         events::EventPublisher *publisher)
    : chain(audit::AuditChain::fromKeyFile(keyFile))
    , sealer(database, chain, publisher)
    , recorder(clock, chain, &sealer)
    , repository(database)
    , service(repository, chain, sealer)
    , signingKey(audit::AuditSigningKey::fromKeyFile(signingKeyFile))
    , exporter(database, repository, sealer, recorder, signingKey, clock)
    , reporter(exporter, repository, chain, signingKey, reportRenderer)
    , controller(service, exporter, reporter, signingKey)
{
}

void AuditModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
}

} // namespace adp::server
