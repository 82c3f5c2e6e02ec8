#include "CostBudget.h"

#include "Money.h"
#include "shared/core/ApiTime.h"
#include "shared/core/JsonFields.h"
#include "shared/core/TextRules.h"

#include <QJsonArray>

namespace adp::shared::costs {

namespace {
QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}
QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

QJsonObject BudgetAlert::toJson() const
{
    return {{QStringLiteral("threshold"), threshold},
            {QStringLiteral("basis"), basis},
            {QStringLiteral("spent"), decimalOfNanos(spentNanos)},
            {QStringLiteral("fired_at"), toApiTime(firedAt)},
            {QStringLiteral("delivery"), delivery},
            {QStringLiteral("error"), error}};
}

BudgetAlert BudgetAlert::fromJson(const QJsonObject &object)
{
    BudgetAlert alert;
    alert.threshold = object.value(QStringLiteral("threshold")).toInt();
    alert.basis = object.value(QStringLiteral("basis")).toString();
    alert.spentNanos = nanosOfDecimal(object.value(QStringLiteral("spent")).toString()).value_or(0);
    alert.firedAt = fromApiTime(object.value(QStringLiteral("fired_at")).toString());
    alert.delivery = object.value(QStringLiteral("delivery")).toString();
    alert.error = object.value(QStringLiteral("error")).toString();
    return alert;
}

QJsonObject BudgetStatus::toJson() const
{
    QJsonArray alertArray;
    for (const BudgetAlert &alert : alerts)
        alertArray.append(alert.toJson());
    return {{QStringLiteral("period_start"), dateOrNull(periodStart)},
            {QStringLiteral("period_end"), dateOrNull(periodEnd)},
            {QStringLiteral("spent"), decimalOfNanos(spentNanos)},
            {QStringLiteral("forecast"), forecastNanos ? QJsonValue(decimalOfNanos(*forecastNanos)) : QJsonValue()},
            {QStringLiteral("alerts"), alertArray}};
}

BudgetStatus BudgetStatus::fromJson(const QJsonObject &object)
{
    BudgetStatus status;
    status.periodStart = dateOf(object.value(QStringLiteral("period_start")));
    status.periodEnd = dateOf(object.value(QStringLiteral("period_end")));
    status.spentNanos = nanosOfDecimal(object.value(QStringLiteral("spent")).toString()).value_or(0);
    if (const auto forecast = nanosOfDecimal(object.value(QStringLiteral("forecast")).toString()))
        status.forecastNanos = forecast;
    for (const QJsonValue &alert : object.value(QStringLiteral("alerts")).toArray())
        status.alerts.append(BudgetAlert::fromJson(alert.toObject()));
    return status;
}

const QStringList &CostBudget::scopes()
{
    static const QStringList names{QStringLiteral("organisation"), QStringLiteral("project"),
                                   QStringLiteral("environment"), QStringLiteral("team")};
    return names;
}

QJsonObject CostBudget::toJson() const
{
    QJsonArray thresholdArray;
    for (const int threshold : thresholds)
        thresholdArray.append(threshold);
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("name"), name},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("target"), target.isEmpty() ? QJsonValue() : QJsonValue(target)},
        {QStringLiteral("period"), period},
        {QStringLiteral("start"), dateOrNull(start)},
        {QStringLiteral("end"), dateOrNull(end)},
        {QStringLiteral("amount"), decimalOfNanos(amountNanos)},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("thresholds"), thresholdArray},
        {QStringLiteral("on_forecast"), onForecast},
        {QStringLiteral("notification_rule_id"), notificationRuleId ? QJsonValue(notificationRuleId) : QJsonValue()},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("created_at"), toApiTime(createdAt)},
        {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
    if (status)
        json.insert(QStringLiteral("status"), status->toJson());
    return json;
}

std::optional<CostBudget> CostBudget::fromJson(const QJsonObject &object)
{
    const auto amount = nanosOfDecimal(object.value(QStringLiteral("amount")).toString());
    if (!object.value(QStringLiteral("id")).isDouble() || !amount)
        return std::nullopt;
    CostBudget budget;
    budget.id = object.value(QStringLiteral("id")).toInteger();
    budget.organisation = object.value(QStringLiteral("organisation")).toString();
    budget.name = object.value(QStringLiteral("name")).toString();
    budget.scope = object.value(QStringLiteral("scope")).toString();
    budget.target = object.value(QStringLiteral("target")).toString();
    budget.period = object.value(QStringLiteral("period")).toString();
    budget.start = dateOf(object.value(QStringLiteral("start")));
    budget.end = dateOf(object.value(QStringLiteral("end")));
    budget.amountNanos = *amount;
    budget.currency = object.value(QStringLiteral("currency")).toString();
    for (const QJsonValue &threshold : object.value(QStringLiteral("thresholds")).toArray())
        budget.thresholds.append(threshold.toInt());
    budget.onForecast = object.value(QStringLiteral("on_forecast")).toBool();
    budget.notificationRuleId = object.value(QStringLiteral("notification_rule_id")).toInteger();
    budget.createdBy = object.value(QStringLiteral("created_by")).toString();
    budget.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    budget.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    if (object.value(QStringLiteral("status")).isObject())
        budget.status = BudgetStatus::fromJson(object.value(QStringLiteral("status")).toObject());
    return budget;
}

CostBudgetFields CostBudgetFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    CostBudgetFields fields;
    fields.name = reader.string(QStringLiteral("name"));
    fields.scope = reader.string(QStringLiteral("scope"));
    fields.target = reader.string(QStringLiteral("target"));
    fields.period = reader.string(QStringLiteral("period"));
    fields.start = reader.string(QStringLiteral("start"));
    fields.end = reader.string(QStringLiteral("end"));
    fields.amount = reader.string(QStringLiteral("amount"));
    fields.currency = reader.string(QStringLiteral("currency"));
    const QJsonValue thresholds = reader.raw(QStringLiteral("thresholds"));
    if (!thresholds.isUndefined()) {
        QList<int> list;
        bool numbers = thresholds.isArray();
        for (const QJsonValue &value : thresholds.toArray()) {
            numbers = numbers && value.isDouble() && value.toDouble() == double(value.toInt());
            list.append(value.toInt());
        }
        if (numbers)
            fields.thresholds = list;
        else
            errors.append(invalidField(QStringLiteral("thresholds"),
                                       QStringLiteral("must be a list of whole percentages, such as [50, 80, 100]")));
    }
    fields.onForecast = reader.boolean(QStringLiteral("on_forecast"));
    const QJsonValue rule = reader.raw(QStringLiteral("notification_rule_id"));
    if (rule.isNull())
        fields.notificationRuleId = 0;
    else if (!rule.isUndefined()) {
        if (rule.isDouble() && rule.toDouble() == double(rule.toInteger()))
            fields.notificationRuleId = rule.toInteger();
        else
            errors.append(invalidField(QStringLiteral("notification_rule_id"),
                                       QStringLiteral("must be the id of a notification rule, or null")));
    }
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject CostBudgetFields::toJson() const
{
    QJsonObject json;
    for (const auto &[key, value] : {std::pair{"name", name}, std::pair{"scope", scope}, std::pair{"target", target},
                                     std::pair{"period", period}, std::pair{"start", start}, std::pair{"end", end},
                                     std::pair{"amount", amount}, std::pair{"currency", currency}}) {
        if (value)
            json.insert(QLatin1String(key), *value);
    }
    if (thresholds) {
        QJsonArray list;
        for (const int threshold : *thresholds)
            list.append(threshold);
        json.insert(QStringLiteral("thresholds"), list);
    }
    if (onForecast)
        json.insert(QStringLiteral("on_forecast"), *onForecast);
    if (notificationRuleId)
        json.insert(QStringLiteral("notification_rule_id"),
                    *notificationRuleId ? QJsonValue(*notificationRuleId) : QJsonValue());
    return json;
}

void CostBudgetFields::applyTo(CostBudget &budget, FieldErrors &errors, bool creating) const
{
    if (creating) {
        for (const auto &[key, given] : {std::pair{"name", name.has_value()}, std::pair{"amount", amount.has_value()},
                                         std::pair{"currency", currency.has_value()}}) {
            const QString field = QString::fromLatin1(key);
            const bool told = std::any_of(errors.cbegin(), errors.cend(),
                                          [&field](const FieldError &error) { return error.field == field; });
            if (!given && !told) // a value of the wrong type was said already
                errors.append(requiredField(field));
        }
    }
    if (name) {
        budget.name = name->trimmed();
        if (budget.name.isEmpty() || budget.name.size() > kNameMax)
            errors.append(
                invalidField(QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters").arg(kNameMax)));
    }
    if (scope)
        budget.scope = *scope;
    if (!CostBudget::scopes().contains(budget.scope))
        errors.append(invalidField(QStringLiteral("scope"),
                                   QStringLiteral("must be organisation, project, environment or team")));
    if (target)
        budget.target = target->trimmed();
    if (budget.scope == u"organisation")
        budget.target.clear();
    else if (budget.target.isEmpty() && CostBudget::scopes().contains(budget.scope))
        errors.append(
            invalidField(QStringLiteral("target"),
                         QStringLiteral("names the %1 (project/environment for an environment)").arg(budget.scope)));
    if (period)
        budget.period = *period;
    if (budget.period != u"monthly" && budget.period != u"custom")
        errors.append(invalidField(QStringLiteral("period"), QStringLiteral("must be monthly or custom")));
    const auto date = [&errors](const char *key, const std::optional<QString> &text, QDate &into) {
        if (!text)
            return;
        into = text->isEmpty() ? QDate() : QDate::fromString(*text, Qt::ISODate);
        if (!text->isEmpty() && (!into.isValid() || into.year() < 2000 || into.year() > 2999))
            errors.append(invalidField(QString::fromLatin1(key), QStringLiteral("must be a date as YYYY-MM-DD")));
    };
    date("start", start, budget.start);
    date("end", end, budget.end);
    if (budget.period == u"monthly") {
        budget.start = budget.end = QDate();
    } else if (budget.period == u"custom" && (!budget.start.isValid() || !budget.end.isValid())) {
        errors.append(
            invalidField(QStringLiteral("start"), QStringLiteral("a custom period needs a start and an end")));
    } else if (budget.period == u"custom" &&
               (budget.end <= budget.start || budget.start.daysTo(budget.end) > 3 * 366)) {
        errors.append(
            invalidField(QStringLiteral("end"), QStringLiteral("must be after the start, at most three years on")));
    }
    if (amount) {
        const auto nanos = nanosOfDecimal(*amount);
        if (!nanos || *nanos <= 0)
            errors.append(invalidField(QStringLiteral("amount"), QStringLiteral("must be a decimal number above 0")));
        else
            budget.amountNanos = *nanos;
    }
    if (currency) {
        budget.currency = *currency;
        if (!textrules::isCurrencyCode(budget.currency))
            errors.append(
                invalidField(QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code such as USD")));
    }
    if (thresholds) {
        QList<int> sorted = *thresholds;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        if (sorted.isEmpty() || sorted.size() > CostBudget::kMaxThresholds || sorted.first() < 1 ||
            sorted.last() > 1000)
            errors.append(invalidField(
                QStringLiteral("thresholds"),
                QStringLiteral("must be 1 to %1 percentages from 1 to 1000").arg(CostBudget::kMaxThresholds)));
        budget.thresholds = sorted;
    }
    if (creating && !thresholds)
        budget.thresholds = {50, 80, 100};
    if (onForecast)
        budget.onForecast = *onForecast;
    if (notificationRuleId)
        budget.notificationRuleId = *notificationRuleId;
}

} // namespace adp::shared::costs
