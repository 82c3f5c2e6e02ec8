#include "PipelinesModule.h"

namespace adp::server {

PipelinesModule::PipelinesModule(const Plumbing &p, const access::ProjectGuard &guard,
                                 access::MembershipCache &memberships, scm::RepositoryMirror &mirror,
                                 queue::JobDispatch &dispatch)
    : repository(p.database)
    , progress(p.database, repository, p.publisher, p.clock)
    , jobQueue(p.database, progress, p.clock)
    , service({p.database, guard, mirror, repository, progress, p.audit, p.publisher, p.clock,
               [publicUrl = p.publicUrl]() { return publicUrl().toString(QUrl::StripTrailingSlash); },
               p.config.maxPipelineJobs, &p.secrets})
    , control({p.database, guard, repository, progress, p.audit, p.clock})
    , fileStore(p.database, p.clock)
    , jobFiles(p.database, fileStore, p.clock)
    , artifacts({guard, repository, jobFiles, p.database, p.audit})
    , children({p.database, guard, mirror, service, progress, p.clock})
    , variableRepository(p.database)
    , variables({p.database, guard, variableRepository, p.secrets, p.audit, p.clock})
    , pipelinesController(service, control)
    , variablesController(variables)
    , artifactsController(artifacts)
{
    progress.setAudienceGeneration([&memberships]() { return memberships.generation(); });
    progress.setDispatch(&dispatch);
    jobQueue.setSecrets(&p.secrets);
}

void PipelinesModule::registerRoutes(http::Router &router)
{
    lintController.registerRoutes(router);
    pipelinesController.registerRoutes(router);
    variablesController.registerRoutes(router);
    artifactsController.registerRoutes(router);
}

} // namespace adp::server
