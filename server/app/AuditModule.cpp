#include "AuditModule.h"

#include "audit/AuditChain.h"

namespace adp::server {

AuditModule::AuditModule(storage::Database &database, const Clock &clock, const Files &files,
                         events::EventPublisher *publisher)
    : chain(audit::AuditChain::fromKeyFile(files.key))
    , sealer(database, chain, publisher)
    , recorder(clock, chain, &sealer)
    , repository(database)
    , service(repository, chain, sealer)
    , signingKey(audit::AuditSigningKey::fromKeyFile(files.signingKey))
    , exporter(database, repository, sealer, recorder, signingKey, clock)
    , reporter(exporter, repository, chain, signingKey, files.reportRenderer)
    , archiver({database, repository, sealer, exporter, recorder, chain, signingKey, clock, files.archiveDir})
    , retention(archiver, clock, files.retentionDays)
    , controller(service, exporter, reporter, signingKey)
{
}

void AuditModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
}

} // namespace adp::server
