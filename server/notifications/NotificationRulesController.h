#pragma once

#include "NotificationRules.h"
#include "http/Router.h"

namespace adp::server::notifications {

// /api/v1/projects/{project}/notification-rules (list, create) and
// /api/v1/notification-rules/{id} (read, change, delete, deliveries).
class NotificationRulesController
{
public:
    explicit NotificationRulesController(NotificationRules &rules)
        : m_rules(rules)
    {
    }
    void registerRoutes(http::Router &router);

private:
    NotificationRules &m_rules;
};

} // namespace adp::server::notifications
