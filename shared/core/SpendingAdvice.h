#pragma once

#include "AiAnswer.h"
#include "shared/analysis/PipelineAdvice.h"
#include "shared/costs/CostSavings.h"

namespace adp::shared {

// "How can this project spend less?": the savings the rules weighed in its last 30 days and its
// pipelines' own advice, then the model's plan when the organisation has one (it streams on).
struct SpendingAdvice
{
    QString project;
    costs::CostSavings savings;
    analysis::ProjectAdvice pipelines;
    std::optional<AiAnswer> answer;
    QString note;

    QJsonObject toJson() const;
    static std::optional<SpendingAdvice> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
