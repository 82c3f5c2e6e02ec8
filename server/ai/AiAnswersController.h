#pragma once

#include "AiAnswers.h"
#include "ExplainService.h"
#include "ReviewService.h"
#include "http/Router.h"

namespace adp::server::ai {

// POST /api/v1/jobs/{job}/explanation, POST /api/v1/projects/{project}/ai/reviews;
// /api/v1/ai/answers/{ai_answer} (read, cancel, feedback); GET /api/v1/projects/{project}/ai/answers.
class AiAnswersController
{
public:
    AiAnswersController(ExplainService &explain, ReviewService &review, AiAnswers &answers)
        : m_explain(explain)
        , m_review(review)
        , m_answers(answers)
    {
    }
    void registerRoutes(http::Router &router);

private:
    ExplainService &m_explain;
    ReviewService &m_review;
    AiAnswers &m_answers;
};

} // namespace adp::server::ai
