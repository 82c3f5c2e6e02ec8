#include "SpendingAdvice.h"

namespace adp::shared {

QJsonObject SpendingAdvice::toJson() const
{
    return {{QStringLiteral("project"), project},
            {QStringLiteral("source"), QStringLiteral("rules")},
            {QStringLiteral("savings"), savings.toJson()},
            {QStringLiteral("pipelines"), pipelines.toJson()},
            {QStringLiteral("answer"), answer ? QJsonValue(answer->toJson()) : QJsonValue()},
            {QStringLiteral("note"), note}};
}

std::optional<SpendingAdvice> SpendingAdvice::fromJson(const QJsonObject &object)
{
    const auto savings = costs::CostSavings::fromJson(object.value(QStringLiteral("savings")).toObject());
    const auto pipelines = analysis::ProjectAdvice::fromJson(object.value(QStringLiteral("pipelines")).toObject());
    if (!savings || !pipelines)
        return std::nullopt;
    SpendingAdvice advice;
    advice.project = object.value(QStringLiteral("project")).toString();
    advice.savings = *savings;
    advice.pipelines = *pipelines;
    if (const QJsonValue answer = object.value(QStringLiteral("answer")); answer.isObject())
        advice.answer = AiAnswer::fromJson(answer.toObject());
    advice.note = object.value(QStringLiteral("note")).toString();
    return advice;
}

} // namespace adp::shared
