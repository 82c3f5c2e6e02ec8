#pragma once

#include "ApiCalls.h"
#include "shared/core/NotificationRule.h"

namespace adp::shared {

// A project's notification rules: /api/v1/projects/{p}/notification-rules and
// /api/v1/notification-rules/{id} (+ /deliveries). Maintainers only.
class NotificationRulesApi : public ProjectResourceCalls<NotificationRule, NotificationRuleFields>
{
public:
    explicit NotificationRulesApi(ApiClient &client)
        : ProjectResourceCalls(client, "notification-rules", "a notification rule")
    {
    }

    // The rule's delivery log, newest first.
    void deliveries(qint64 id, QObject *context, Then<QList<NotificationDelivery>> done);
};

} // namespace adp::shared
