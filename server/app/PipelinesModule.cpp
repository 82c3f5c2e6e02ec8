#include "PipelinesModule.h"

namespace adp::server {

PipelinesModule::PipelinesModule(const Plumbing &p, const access::ProjectGuard &guard,
                                 access::MembershipCache &memberships, git::RepositoryMirror &mirror,
                                 queue::JobDispatch &dispatch, ports::UsageMeter &usage)
    : repository(p.database)
    , jobStore(p.database)
    , progress(p.database, jobStore, p.publisher, p.clock)
    , ledger(p.database, jobStore, progress, usage, p.clock)
    , jobQueue(ledger)
    , service({p.database, guard, mirror, repository, jobStore, progress, p.audit, p.publisher, p.clock,
               [publicUrl = p.publicUrl]() { return publicUrl().toString(QUrl::StripTrailingSlash); },
               p.config.maxPipelineJobs, &p.secrets})
    , control({p.database, guard, repository, jobStore, progress, p.audit, p.clock})
    , fileStore(p.database, p.clock)
    , jobFiles(p.database, fileStore, p.clock)
    , podFiles(p.database, fileStore, p.clock)
    , artifacts({guard, repository, jobFiles, p.database, p.audit})
    , children({p.database, guard, mirror, service, progress, jobStore, p.clock})
    , variableRepository(p.database)
    , variables({p.database, guard, variableRepository, p.secrets, p.audit, p.clock})
    , protectedRefRepository(p.database)
    , protectedRefs({p.database, guard, protectedRefRepository, p.audit, p.clock})
    , activity(p.database, repository, memberships)
    , pipelinesController(service, control, activity)
    , variablesController(variables)
    , protectedRefsController(protectedRefs)
    , artifactsController(artifacts)
    // What comes back from a job pod is at most what its artifacts and caches may be, and a little.
    , podFilesController(podFiles, 2 * qint64(p.config.maxArtifactMib) * 1024 * 1024 + 1024 * 1024)
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
    protectedRefsController.registerRoutes(router);
    artifactsController.registerRoutes(router);
    podFilesController.registerRoutes(router);
}

} // namespace adp::server
