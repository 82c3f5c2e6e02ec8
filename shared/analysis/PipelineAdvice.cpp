#include "PipelineAdvice.h"

#include <QJsonArray>

namespace adp::shared::analysis {

QJsonObject Advice::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("message"), message},
            {QStringLiteral("figures"), figures}};
}

Advice Advice::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("kind")).toString(), object.value(QStringLiteral("subject")).toString(),
            object.value(QStringLiteral("message")).toString(), object.value(QStringLiteral("figures")).toObject()};
}

QJsonObject ProjectAdvice::toJson() const
{
    QJsonArray items;
    for (const Advice &item : advice)
        items.append(item.toJson());
    return {{QStringLiteral("project"), project},
            {QStringLiteral("pipelines_examined"), pipelinesExamined},
            {QStringLiteral("jobs_examined"), jobsExamined},
            {QStringLiteral("advice"), items},
            {QStringLiteral("savings"), savings.isEmpty() ? QJsonValue() : QJsonValue(savings)},
            {QStringLiteral("source"), QStringLiteral("rules")}};
}

std::optional<ProjectAdvice> ProjectAdvice::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("advice")).isArray())
        return std::nullopt;
    ProjectAdvice result;
    result.project = object.value(QStringLiteral("project")).toString();
    result.pipelinesExamined = object.value(QStringLiteral("pipelines_examined")).toInt();
    result.jobsExamined = object.value(QStringLiteral("jobs_examined")).toInt();
    for (const QJsonValue &item : object.value(QStringLiteral("advice")).toArray())
        result.advice.append(Advice::fromJson(item.toObject()));
    result.savings = object.value(QStringLiteral("savings")).toObject();
    return result;
}

} // namespace adp::shared::analysis
