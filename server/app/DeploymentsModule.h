#pragma once

#include "Plumbing.h"
#include "deployments/DeployFreezesController.h"
#include "deployments/DeploymentAdmission.h"
#include "deployments/DeploymentEvidence.h"
#include "deployments/DeploymentHistorySource.h"
#include "deployments/EnvironmentRuleService.h"
#include "deployments/EnvironmentService.h"
#include "deployments/EnvironmentsController.h"
#include "kubernetes/AutoRollbacks.h"
#include "kubernetes/ClusterUsageSampler.h"
#include "kubernetes/ClustersController.h"
#include "kubernetes/EnvironmentDeployer.h"
#include "kubernetes/JobPodRunner.h"
#include "kubernetes/KubernetesExecutorController.h"
#include "kubernetes/KubernetesTargetsController.h"
#include "pipelines/PipelineProgress.h"

namespace adp::server {

// Environments, their deployments and who may deploy where: the gate every deploy job passes
// before it starts, freeze windows, the Kubernetes clusters they deploy to, and the routes that
// show and protect environments.
struct DeploymentsModule
{
    DeploymentsModule(const Plumbing &plumbing, const access::ProjectGuard &guard, ports::UserDirectory &users,
                      ports::TeamDirectory &teams, pipelines::PipelineProgress &progress, ports::DeployJobResumer &jobs,
                      git::RepositoryMirror &mirror, const kubernetes::WorkerPoolExecutor *workerPool,
                      ports::OrganisationDirectory &organisations, const access::Authorizer &authorizer);
    void registerRoutes(http::Router &router);

    deployments::EnvironmentRuleRepository ruleRepository;
    deployments::EnvironmentRuleService rules;
    deployments::DeploymentAdmission admission;
    deployments::EnvironmentService environments;
    deployments::DeploymentApprovalService approvals;
    deployments::EnvironmentStopper stopper; // also a chore: auto_stop_in
    deployments::EnvironmentPins pins;       // also a chore: frees jobs a gone pin held
    deployments::DeploymentComparer comparer;
    deployments::DeploymentEvidence evidence;     // what compliance checks read of deployments
    deployments::DeploymentHistorySource history; // what the assistants weigh of a deployment
    deployments::DeployFreezeService freezes;
    deployments::FreezeHolds freezeHolds; // also a chore: frees jobs a freeze held once it lifts
    deployments::EnvironmentsController controller;
    deployments::DeployFreezesController freezesController;
    kubernetes::ClusterService clusters;
    kubernetes::ClustersController clustersController;
    kubernetes::KubernetesTargetService kubernetesTargets;
    kubernetes::DriftService kubernetesDrift; // also a chore: every healthy environment's drift
    kubernetes::KubernetesTargetsController kubernetesTargetsController;
    kubernetes::EnvironmentDeployer kubernetesDeployer; // deploy jobs' last step, handed to the workers
    kubernetes::AutoRollbacks autoRollbacks;            // a chore: failed rollouts' automatic rollbacks
    kubernetes::KubernetesExecutorService kubernetesExecutors;
    kubernetes::KubernetesExecutorController kubernetesExecutorController;
    kubernetes::JobPodRunner jobPods;             // jobs as pods, handed to the workers
    kubernetes::JobPodCleanup jobPodCleanup;      // a chore: pods of ended jobs deleted
    kubernetes::ClusterUsageSampler clusterUsage; // a chore: what clusters' workloads reserve and use
};

} // namespace adp::server
