#include "AiController.h"

#include "http/JsonBody.h"

namespace adp::server::ai {

void AiController::registerRoutes(http::Router &router)
{
    router.add(http::Method::Get, QStringLiteral("/api/v1/jobs/{job}/analysis"), QStringLiteral("job.analysis.read"),
               [this](http::Request &request) {
                   return http::respond(m_analysis.analyze(request.mutation(), request.idParam(QStringLiteral("job"))),
                                        http::ok<shared::analysis::JobAnalysis>);
               },
               {.slow = true}); // reads the whole log
    router.add(http::Method::Get, QStringLiteral("/api/v1/projects/{project}/advice"),
               QStringLiteral("project.advice.read"),
               [this](http::Request &request) {
                   return http::respond(m_advice.advise(request.mutation(), request.param(QStringLiteral("project"))),
                                        http::ok<shared::analysis::ProjectAdvice>);
               },
               {.slow = true}); // weighs the recent pipelines' jobs
}

} // namespace adp::server::ai
