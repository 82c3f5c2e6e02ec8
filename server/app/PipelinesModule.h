#pragma once

#include "Plumbing.h"
#include "access/MembershipCache.h"
#include "pipelines/ActivityService.h"
#include "pipelines/ArtifactService.h"
#include "pipelines/ArtifactsController.h"
#include "pipelines/ChildPipelines.h"
#include "pipelines/LintController.h"
#include "pipelines/PipelineControl.h"
#include "pipelines/PipelineProgress.h"
#include "pipelines/PipelineService.h"
#include "pipelines/PipelinesController.h"
#include "pipelines/ProtectedRefService.h"
#include "pipelines/ProtectedRefsController.h"
#include "pipelines/QueueLedger.h"
#include "pipelines/VariableService.h"
#include "pipelines/VariablesController.h"
#include "queue/JobDispatch.h"
#include "queue/JobQueue.h"
#include "runner/FileStore.h"
#include "runner/JobFiles.h"
#include "runner/PodFilesController.h"

namespace adp::server {

// Pipelines and what they keep: plans, progress, control, child pipelines, the durable job queue,
// artifacts and caches, project variables and protected refs, lint, and their routes.
struct PipelinesModule
{
    PipelinesModule(const Plumbing &plumbing, const access::ProjectGuard &guard, access::MembershipCache &memberships,
                    git::RepositoryMirror &mirror, queue::JobDispatch &dispatch, ports::UsageMeter &usage);
    void registerRoutes(http::Router &router);

    pipelines::PipelineRepository repository;
    pipelines::JobStore jobStore;
    pipelines::PipelineProgress progress;
    pipelines::QueueLedger ledger;
    queue::JobQueue jobQueue;
    pipelines::PipelineService service;
    pipelines::PipelineControl control;
    runner::FileStore fileStore;
    runner::JobFiles jobFiles;
    runner::PodFileExchange podFiles; // also a chore: expired exchanges closed
    pipelines::ArtifactService artifacts;
    pipelines::ChildPipelines children;
    pipelines::VariableRepository variableRepository;
    pipelines::VariableService variables;
    pipelines::ProtectedRefRepository protectedRefRepository;
    pipelines::ProtectedRefService protectedRefs;
    pipelines::ActivityService activity;

    pipelines::LintController lintController;
    pipelines::PipelinesController pipelinesController;
    pipelines::VariablesController variablesController;
    pipelines::ProtectedRefsController protectedRefsController;
    pipelines::ArtifactsController artifactsController;
    runner::PodFilesController podFilesController;
};

} // namespace adp::server
