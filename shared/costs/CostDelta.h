#pragma once

#include "shared/core/FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>
#include <optional>

namespace adp::shared::costs {

// GET /api/v1/projects/{p}/deployments/{iid}/cost-delta?days=N: what the deployment's environment
// cost a day on average in the N days before the deployment's day and in the (up to) N complete
// days after it; the deployment's own day is in neither.
struct DeploymentCostDelta
{
    static constexpr int kDefaultDays = 7;
    static constexpr int kMaxDays = 90;

    qint64 iid = 0;
    QString environment; // project/name, as costs name it
    QDateTime deployedAt;
    QString currency;
    int daysBefore = 0;
    int daysAfter = 0; // fewer than asked while the deployment is recent
    qint64 beforeDailyNanos = 0;
    qint64 afterDailyNanos = 0;
    QString note; // why there is no delta yet, or empty

    // ?days=N (the only parameter); errors name what is wrong.
    static int daysOf(const QUrlQuery &query, FieldErrors &errors);
    qint64 deltaDailyNanos() const { return afterDailyNanos - beforeDailyNanos; }
    QJsonObject toJson() const;
    static std::optional<DeploymentCostDelta> fromJson(const QJsonObject &object);
};

} // namespace adp::shared::costs
