#pragma once

#include "AiAnswers.h"
#include "ExplainService.h"
#include "ReviewService.h"
#include "RiskService.h"
#include "SavingsService.h"
#include "http/Router.h"

namespace adp::server::ai {

// POST /api/v1/jobs/{job}/explanation, POST /api/v1/projects/{project}/ai/reviews,
// POST /api/v1/projects/{project}/deployments/{deployment}/risk, POST /api/v1/projects/{project}/ai/savings;
// /api/v1/ai/answers/{ai_answer} (read, cancel, feedback); GET /api/v1/projects/{project}/ai/answers.
class AiAnswersController
{
public:
    AiAnswersController(ExplainService &explain, ReviewService &review, RiskService &risk, SavingsService &savings,
                        AiAnswers &answers)
        : m_explain(explain)
        , m_review(review)
        , m_risk(risk)
        , m_savings(savings)
        , m_answers(answers)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ExplainService &m_explain;
    ReviewService &m_review;
    RiskService &m_risk;
    SavingsService &m_savings;
    AiAnswers &m_answers;
};

} // namespace adp::server::ai
