#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// Who may deploy to, or approve for, the environments of a project that match
// `environment` (an exact name, or a pattern with `*` such as review/*). Each
// rule names exactly one of: a minimum project role, a user, a team.
struct EnvironmentRule
{
    qint64 id = 0;
    QString environment;
    QString action; // deploy | approve
    QString minRole;
    QString user;
    QString team;
    int requiredApprovals = 1; // an approve rule: how many of those it names must approve
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<EnvironmentRule> fromJson(const QJsonObject &object);
};

// A new rule as a client sends it: shape errors from fromJson, meaning errors from validate.
struct EnvironmentRuleFields
{
    std::optional<QString> environment;
    std::optional<QString> action;
    std::optional<QString> minRole;
    std::optional<QString> user;
    std::optional<QString> team;
    std::optional<qint64> requiredApprovals;

    static constexpr int kEnvironmentMax = 255;
    static constexpr int kMaxApprovals = 10;

    static EnvironmentRuleFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    FieldErrors validate() const;
};

} // namespace adp::shared
