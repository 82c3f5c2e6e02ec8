#include "NotificationRulesApi.h"

namespace adp::shared {

void NotificationRulesApi::deliveries(qint64 id, QObject *context, Then<QList<NotificationDelivery>> done)
{
    fetchItems<NotificationDelivery>(client(), onePath(id) + QStringLiteral("/deliveries"), {}, context,
                                     std::move(done));
}

} // namespace adp::shared
