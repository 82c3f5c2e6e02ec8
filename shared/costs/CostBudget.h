#pragma once

#include "shared/core/FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared::costs {

// A threshold of a budget that was crossed, once per period and basis.
struct BudgetAlert
{
    int threshold = 0; // percent
    QString basis;     // actual or forecast
    qint64 spentNanos = 0;
    QDateTime firedAt;
    QString delivery; // pending, sent, failed, none
    QString error;

    QJsonObject toJson() const;
    static BudgetAlert fromJson(const QJsonObject &object);
};

// Where a budget stands in its current period.
struct BudgetStatus
{
    QDate periodStart;
    QDate periodEnd; // the day after its last
    qint64 spentNanos = 0;
    std::optional<qint64> forecastNanos; // for a period under way
    QList<BudgetAlert> alerts;

    QJsonObject toJson() const;
    static BudgetStatus fromJson(const QJsonObject &object);
};

// What an organisation, or one of its projects, environments or teams, may spend in a currency
// each month or over a custom period; thresholds (percent of the amount) on actual spend and,
// optionally, on the forecast, alerting through a notification rule and the desktop's tray.
struct CostBudget
{
    static const QStringList &scopes(); // organisation, project, environment, team
    static constexpr int kMaxThresholds = 10;

    qint64 id = 0;
    QString organisation; // slug
    QString name;
    QString scope;
    QString target; // project slug, project/environment, team slug; empty for the organisation
    QString period; // monthly or custom
    QDate start;    // custom only
    QDate end;      // custom only: the day after its last
    qint64 amountNanos = 0;
    QString currency;
    QList<int> thresholds; // ascending
    bool onForecast = false;
    qint64 notificationRuleId = 0; // 0: none
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<BudgetStatus> status; // when read one at a time, or listed

    QJsonObject toJson() const;
    static std::optional<CostBudget> fromJson(const QJsonObject &object);
};

// What a create or update sends; absent fields stay as they are.
struct CostBudgetFields
{
    static constexpr int kNameMax = 100;

    std::optional<QString> name;
    std::optional<QString> scope;
    std::optional<QString> target;
    std::optional<QString> period;
    std::optional<QString> start;
    std::optional<QString> end;
    std::optional<QString> amount; // decimal text
    std::optional<QString> currency;
    std::optional<QList<int>> thresholds;
    std::optional<bool> onForecast;
    std::optional<qint64> notificationRuleId; // 0 takes it away

    static CostBudgetFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    // Applies the fields to `budget` (names still to be resolved by the server), reporting what is
    // wrong with the result on its own.
    void applyTo(CostBudget &budget, FieldErrors &errors, bool creating) const;
};

} // namespace adp::shared::costs
