#pragma once

#include "Plumbing.h"
#include "ai/AiAnswers.h"
#include "ai/AiAnswersController.h"
#include "ai/AiController.h"
#include "ai/AiProvidersController.h"
#include "ai/AnswerStreamer.h"
#include "ai/ExplainService.h"
#include "ai/JobAnalysisService.h"
#include "ai/ModelQuestions.h"
#include "ai/ReviewService.h"
#include "ai/RiskService.h"
#include "ai/SavingsService.h"
#include "git/RepositoryMirror.h"

namespace adp::server {

// The assistants' server side: the built-in analyzers' answers over the API, the organisation's
// models, and the answers they stream.
struct AiModule
{
    // `singleUser`: whether the server has one user (then ai_targets auto reaches local models).
    AiModule(const Plumbing &p, const access::ProjectGuard &guard, const access::Authorizer &authorizer,
             ports::ProjectDirectory &projects, ports::JobHistory &jobs, const ports::ProjectSecrets &secrets,
             git::RepositoryMirror &mirror, ports::DeploymentHistory &deployments,
             ports::ProjectSavings &projectSavings, std::function<bool()> singleUser)
        : analysis({guard, jobs})
        , advice({guard, jobs, projectSavings})
        , controller(analysis, advice)
        , providerRepository(p.database)
        , providers({p.database, providerRepository, authorizer, p.secrets, p.audit, p.clock})
        , providersController(providers)
        , requests(p.database)
        , streamer({requests, p.publisher, p.clock})
        , answers({p.database, guard, projects, requests, streamer, p.audit, p.clock})
        , questions({p.database, providers, requests, streamer, answers, p.audit, p.clock,
                     [targets = p.config.aiTargets, singleUser = std::move(singleUser)]() {
                         return http::TargetPolicy(targets == u"any" || (targets == u"auto" && singleUser()));
                     }})
        , explain({guard, projects, jobs, secrets, analysis, questions})
        , review({guard, mirror, secrets, questions})
        , risk({guard, deployments, review, secrets, questions})
        , savings({guard, projectSavings, advice, secrets, questions})
        , answersController(explain, review, risk, savings, answers)
    {
    }
    void registerRoutes(http::Router &router)
    {
        controller.registerRoutes(router);
        providersController.registerRoutes(router);
        answersController.registerRoutes(router);
    }

    ai::JobAnalysisService analysis;
    ai::AdviceService advice;
    ai::AiController controller;
    ai::AiProviderRepository providerRepository;
    ai::AiProviders providers;
    ai::AiProvidersController providersController;
    ai::AiRequestRepository requests;
    ai::AnswerStreamer streamer;
    ai::AiAnswers answers;
    ai::ModelQuestions questions;
    ai::ExplainService explain;
    ai::ReviewService review;
    ai::RiskService risk;
    ai::SavingsService savings;
    ai::AiAnswersController answersController;
};

} // namespace adp::server
