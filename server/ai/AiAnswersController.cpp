#include "AiAnswersController.h"

#include "http/JsonBody.h"
#include "http/PageQuery.h"
#include "shared/core/JsonFields.h"

namespace adp::server::ai {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kAnswer = QStringLiteral("ai_answer");
constexpr qint64 kMaxBody = 16 * 1024;

// The body of a question put to a model (explain, risk, savings): optional, {"provider_id": N}.
struct ProviderChoice
{
    std::optional<qint64> providerId;

    static ProviderChoice fromJson(const QJsonObject &object, shared::FieldErrors &errors)
    {
        shared::JsonFieldReader reader(object);
        ProviderChoice fields{reader.integer(QStringLiteral("provider_id"))};
        reader.rejectUnknownFields();
        errors.append(reader.errors());
        return fields;
    }
};

// The feedback body as the shared type reads it, in the shape readFields wants.
struct FeedbackFields
{
    std::optional<shared::AiFeedback> feedback;

    static FeedbackFields fromJson(const QJsonObject &object, shared::FieldErrors &errors)
    {
        return {shared::AiFeedback::fromJson(object, errors)};
    }
};
} // namespace

void AiAnswersController::registerRoutes(http::Router &router)
{
    router.add(Method::Post, QStringLiteral("/api/v1/jobs/{job}/explanation"), QStringLiteral("ai.explain"),
               [this](Request &request) {
                   const auto explain = [&](const ProviderChoice &fields, const shared::FieldErrors &invalid) {
                       return http::respond(m_explain.explain(request.mutation(),
                                                              request.idParam(QStringLiteral("job")), fields.providerId,
                                                              invalid),
                                            http::ok<shared::JobExplanation>);
                   };
                   return http::withOptionalFieldsDeferringErrors<ProviderChoice>(request.raw, explain);
               },
               {.maxBodyBytes = kMaxBody, .slow = true}); // reads the whole log
    router.add(Method::Post, QStringLiteral("/api/v1/projects/{project}/ai/reviews"), QStringLiteral("ai.review"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<shared::CodeReviewRequest>(
                       request.raw, [&](const shared::CodeReviewRequest &fields, const shared::FieldErrors &invalid) {
                           return http::respond(m_review.review(request.mutation(),
                                                                request.param(QStringLiteral("project")), fields,
                                                                invalid),
                                                http::ok<shared::CodeReview>);
                       });
               },
               {.maxBodyBytes = kMaxBody, .slow = true}); // fetches, diffs and scans
    router.add(Method::Post, QStringLiteral("/api/v1/projects/{project}/deployments/{deployment}/risk"),
               QStringLiteral("ai.risk"),
               [this](Request &request) {
                   const auto assess = [&](const ProviderChoice &fields, const shared::FieldErrors &invalid) {
                       return http::respond(m_risk.assess(request.mutation(), request.param(QStringLiteral("project")),
                                                          request.idParam(QStringLiteral("deployment")),
                                                          fields.providerId, invalid),
                                            http::ok<shared::DeploymentRisk>);
                   };
                   return http::withOptionalFieldsDeferringErrors<ProviderChoice>(request.raw, assess);
               },
               {.maxBodyBytes = kMaxBody, .slow = true}); // compares and scans the change
    router.add(Method::Post, QStringLiteral("/api/v1/projects/{project}/ai/savings"), QStringLiteral("ai.savings"),
               [this](Request &request) {
                   const auto advise = [&](const ProviderChoice &fields, const shared::FieldErrors &invalid) {
                       return http::respond(m_savings.advise(request.mutation(),
                                                             request.param(QStringLiteral("project")),
                                                             fields.providerId, invalid),
                                            http::ok<shared::SpendingAdvice>);
                   };
                   return http::withOptionalFieldsDeferringErrors<ProviderChoice>(request.raw, advise);
               },
               {.maxBodyBytes = kMaxBody, .slow = true}); // weighs a month of costs
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{project}/ai/answers"), QStringLiteral("ai.answer.list"),
               [this](Request &request) {
                   shared::FieldErrors errors;
                   const auto page = http::PageQuery::read(QUrlQuery(request.raw.url()), AiAnswers::kMaxPage, errors);
                   if (!errors.isEmpty())
                       return http::toHttpResponse(ServiceError::validation(errors));
                   return http::respond(m_answers.list(request.mutation(), request.param(QStringLiteral("project")),
                                                       page.beforeId, page.limit),
                                        http::pageResponse<AiAnswers::Page>);
               });
    const QString one = QStringLiteral("/api/v1/ai/answers/{ai_answer}");
    router.add(Method::Get, one, QStringLiteral("ai.answer.read"), [this](Request &request) {
        return http::respond(m_answers.get(request.mutation(), request.idParam(kAnswer)), http::ok<shared::AiAnswer>);
    });
    router.add(Method::Post, one + QStringLiteral("/cancel"), QStringLiteral("ai.answer.cancel"),
               [this](Request &request) {
                   return http::respond(m_answers.cancel(request.mutation(), request.idParam(kAnswer)),
                                        http::ok<shared::AiAnswer>);
               });
    router.add(Method::Put, one + QStringLiteral("/feedback"), QStringLiteral("ai.answer.rate"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<FeedbackFields>(
                       request.raw, [&](const FeedbackFields &fields, const shared::FieldErrors &invalid) {
                           return http::respond(
                               m_answers.rate(request.mutation(), request.idParam(kAnswer), fields.feedback, invalid),
                               http::ok<shared::AiAnswer>);
                       });
               },
               {kMaxBody, false});
}

} // namespace adp::server::ai
