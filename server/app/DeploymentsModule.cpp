#include "DeploymentsModule.h"

namespace adp::server {

DeploymentsModule::DeploymentsModule(const Plumbing &p, const access::ProjectGuard &guard, ports::UserDirectory &users,
                                     ports::TeamDirectory &teams, pipelines::PipelineProgress &progress,
                                     ports::DeployJobResumer &jobs, git::RepositoryMirror &mirror,
                                     const kubernetes::WorkerPoolExecutor *workerPool,
                                     ports::OrganisationDirectory &organisations, const access::Authorizer &authorizer)
    : ruleRepository(p.database)
    , rules({p.database, guard, ruleRepository, users, teams, p.audit, p.clock})
    , admission({users, p.audit, p.clock})
    , environments({p.database, guard})
    , approvals({p.database, guard, users, jobs, p.audit, p.clock})
    , stopper({p.database, guard, jobs, p.audit, p.clock})
    , pins({p.database, guard, jobs, p.audit})
    , comparer({p.database, guard, mirror})
    , evidence(p.database, users)
    , history(p.database)
    , freezes({p.database, guard, p.audit, p.clock})
    , freezeHolds({p.database, guard, jobs, p.audit, p.clock})
    , controller(environments, rules, approvals, stopper, pins, comparer)
    , freezesController(freezes, freezeHolds)
    , clusters({p.database, guard, organisations, authorizer, p.secrets, p.audit, p.clock})
    , clustersController(clusters)
    , kubernetesTargets({p.database, guard, p.audit, p.clock})
    , kubernetesDrift({p.database, guard, p.secrets, p.publisher, p.clock})
    , kubernetesTargetsController(kubernetesTargets, kubernetesDrift)
    , kubernetesDeployer({p.database, p.secrets, p.publisher, p.clock, {}})
    , autoRollbacks(p.database, pins)
    , kubernetesExecutors({p.database, guard, p.audit, p.clock})
    , kubernetesExecutorController(kubernetesExecutors)
    , jobPods({p.database, p.secrets, p.clock, workerPool})
    , jobPodCleanup(p.database, p.secrets, workerPool)
    , clusterUsage({p.database, p.secrets, p.clock})
{
    progress.setDeploymentGate(&admission);
}

void DeploymentsModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
    freezesController.registerRoutes(router);
    clustersController.registerRoutes(router);
    kubernetesTargetsController.registerRoutes(router);
    kubernetesExecutorController.registerRoutes(router);
}

} // namespace adp::server
