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
}

} // namespace adp::server::ai
