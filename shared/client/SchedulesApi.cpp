#include "SchedulesApi.h"

namespace adp::shared {

void SchedulesApi::play(qint64 id, QObject *context, Then<Pipeline> done)
{
    sendForOne<Pipeline>(client(), "POST", onePath(id) + QStringLiteral("/play"), QJsonObject{}, context,
                         std::move(done), "a pipeline");
}

} // namespace adp::shared
