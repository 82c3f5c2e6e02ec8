#include "NotificationRulesController.h"

#include "http/JsonBody.h"

namespace adp::server::notifications {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kRule = QStringLiteral("notification_rule");
constexpr qint64 kMaxBody = 64 * 1024;

using Fields = shared::NotificationRuleFields;
} // namespace

void NotificationRulesController::registerRoutes(http::Router &router)
{
    const QString ofProject = QStringLiteral("/api/v1/projects/{project}/notification-rules");
    const QString one = QStringLiteral("/api/v1/notification-rules/{notification_rule}");
    router.add(Method::Get, ofProject, QStringLiteral("notification.rule.list"), [this](Request &request) {
        return http::respond(m_rules.list(request.mutation(), request.param(QStringLiteral("project"))),
                             http::itemsResponse<shared::NotificationRule>);
    });
    router.add(Method::Post, ofProject, QStringLiteral("notification.rule.create"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(request.raw, [&](const Fields &fields,
                                                                                   const shared::FieldErrors &invalid) {
                       return http::respond(m_rules.create(request.mutation(), request.param(QStringLiteral("project")),
                                                           fields, invalid),
                                            http::created<shared::NotificationRule>);
                   });
               },
               {kMaxBody, false});
    router.add(Method::Get, one, QStringLiteral("notification.rule.read"), [this](Request &request) {
        return http::respond(m_rules.get(request.mutation(), request.idParam(kRule)),
                             http::ok<shared::NotificationRule>);
    });
    router.add(Method::Patch, one, QStringLiteral("notification.rule.update"),
               [this](Request &request) {
                   return http::withFieldsDeferringErrors<Fields>(request.raw, [&](const Fields &fields,
                                                                                   const shared::FieldErrors &invalid) {
                       return http::respond(m_rules.update(request.mutation(), request.idParam(kRule), fields, invalid),
                                            http::ok<shared::NotificationRule>);
                   });
               },
               {kMaxBody, false});
    router.add(Method::Delete, one, QStringLiteral("notification.rule.delete"), [this](Request &request) {
        return http::respond(m_rules.remove(request.mutation(), request.idParam(kRule)), http::noContent);
    });
    router.add(Method::Get, one + QStringLiteral("/deliveries"), QStringLiteral("notification.rule.read"),
               [this](Request &request) {
                   return http::respond(m_rules.deliveries(request.mutation(), request.idParam(kRule)),
                                        http::itemsResponse<shared::NotificationDelivery>);
               });
}

} // namespace adp::server::notifications
