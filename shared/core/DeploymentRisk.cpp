#include "DeploymentRisk.h"

#include <QJsonArray>

namespace adp::shared {

QJsonObject DeploymentRisk::toJson() const
{
    QJsonArray reasonList;
    for (const Reason &reason : reasons)
        reasonList.append(QJsonObject{{QStringLiteral("level"), reason.level},
                                      {QStringLiteral("code"), reason.code},
                                      {QStringLiteral("message"), reason.message}});
    return {{QStringLiteral("iid"), iid},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("level"), level},
            {QStringLiteral("reasons"), reasonList},
            {QStringLiteral("source"), QStringLiteral("rules")},
            {QStringLiteral("change"), change ? QJsonValue(change->toJson()) : QJsonValue()},
            {QStringLiteral("answer"), answer ? QJsonValue(answer->toJson()) : QJsonValue()},
            {QStringLiteral("note"), note}};
}

std::optional<DeploymentRisk> DeploymentRisk::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("level")).isString())
        return std::nullopt;
    DeploymentRisk risk;
    risk.iid = object.value(QStringLiteral("iid")).toInteger();
    risk.environment = object.value(QStringLiteral("environment")).toString();
    risk.level = object.value(QStringLiteral("level")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject reason = value.toObject();
        risk.reasons.append({reason.value(QStringLiteral("level")).toString(),
                             reason.value(QStringLiteral("code")).toString(),
                             reason.value(QStringLiteral("message")).toString()});
    }
    if (const QJsonValue change = object.value(QStringLiteral("change")); change.isObject())
        risk.change = CodeReview::fromJson(change.toObject());
    if (const QJsonValue answer = object.value(QStringLiteral("answer")); answer.isObject())
        risk.answer = AiAnswer::fromJson(answer.toObject());
    risk.note = object.value(QStringLiteral("note")).toString();
    return risk;
}

} // namespace adp::shared
