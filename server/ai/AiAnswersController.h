#pragma once

#include "AiAnswers.h"
#include "ExplainService.h"
#include "ReviewService.h"
#include "RiskService.h"
#include "http/Router.h"

namespace adp::server::ai {

// POST /api/v1/jobs/{job}/explanation, POST /api/v1/projects/{project}/ai/reviews,
// POST /api/v1/projects/{project}/deployments/{deployment}/risk;
// /api/v1/ai/answers/{ai_answer} (read, cancel, feedback); GET /api/v1/projects/{project}/ai/answers.
class AiAnswersController
{
public:
    AiAnswersController(ExplainService &explain, ReviewService &review, RiskService &risk, AiAnswers &answers)
        : m_explain(explain)
        , m_review(review)
        , m_risk(risk)
        , m_answers(answers)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ExplainService &m_explain;
    ReviewService &m_review;
    RiskService &m_risk;
    AiAnswers &m_answers;
};

} // namespace adp::server::ai
