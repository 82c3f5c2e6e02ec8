#pragma once

#include "CodeReview.h"

namespace adp::shared {

// "Is this deployment risky?": the rules' level and their reasons, what the change brings since
// the environment's last successful deployment (as a review: commits, files, findings in the
// lines it added), and the model's opinion when the organisation has one (it streams on).
struct DeploymentRisk
{
    struct Reason
    {
        QString level; // low, medium, high
        QString code;  // e.g. security_finding, pipeline_changed, recent_failures
        QString message;
    };

    qint64 iid = 0;
    QString environment;
    QString level; // the highest of the reasons'; low when none
    QList<Reason> reasons;
    std::optional<CodeReview> change; // nullopt: nothing before it to compare with
    std::optional<AiAnswer> answer;
    QString note;

    QJsonObject toJson() const;
    static std::optional<DeploymentRisk> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
