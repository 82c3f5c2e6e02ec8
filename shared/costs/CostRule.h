#pragma once

#include "shared/core/FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared::costs {

// How an organisation attributes its bills: a rule looks at one thing of a billing line (its
// provider, service, region, sub-account, SKU or a tag) and, when the value fits its wildcard
// pattern, places the line in a project (and environment) and/or a team. Rules apply in
// position order; for each of the two, the first rule that matches and names one wins.
struct CostRule
{
    qint64 id = 0;
    QString organisation; // slug
    int position = 0;
    QString match;       // provider, service, region, sub_account, sku or tag:KEY
    QString pattern;     // GitLab-style wildcard: * stands for any run of characters
    QString project;     // slug, or empty
    QString environment; // name within the project, or empty
    QString team;        // slug, or empty
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<CostRule> fromJson(const QJsonObject &object);
};

// What a create or update sends; absent fields stay as they are, an empty project, environment
// or team takes it away.
struct CostRuleFields
{
    static constexpr int kPatternMax = 256;
    static constexpr int kTagKeyMax = 128;

    std::optional<qint64> position;
    std::optional<QString> match;
    std::optional<QString> pattern;
    std::optional<QString> project;
    std::optional<QString> environment;
    std::optional<QString> team;

    static CostRuleFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    FieldErrors validate(bool creating) const;
    // provider, service... or tag:KEY; false for anything else.
    static bool isMatch(const QString &match);
};

} // namespace adp::shared::costs
