#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace adp::server::costs {

// What a kind of billing line is, as rules see it.
struct KindFacts
{
    QString provider;
    QString service;
    QString region;
    QString subAccount;
    QString sku;
    QHash<QString, QString> tags;
};

// Where a kind's cost goes; 0: nowhere (unattributed).
struct Attribution
{
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 teamId = 0;
    bool operator==(const Attribution &) const = default;
};

// One attribution rule as the importer applies it: names already resolved to ids.
struct AttributionRule
{
    QString match; // provider, service, region, sub_account, sku or tag:KEY
    QString pattern;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 teamId = 0;
};

// An organisation's rules, in position order: the first that matches and names a project places
// a kind (with the rule's environment), the first that matches and names a team gives its team.
class CostAttribution
{
public:
    explicit CostAttribution(QList<AttributionRule> rules = {})
        : m_rules(std::move(rules))
    {
    }
    Attribution of(const KindFacts &facts) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    static const QString *valueOf(const AttributionRule &rule, const KindFacts &facts);
    QList<AttributionRule> m_rules;
};

} // namespace adp::server::costs
