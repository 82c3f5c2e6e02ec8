#include "CostAttribution.h"

#include "shared/core/WildcardPattern.h"

namespace adp::server::costs {

const QString *CostAttribution::valueOf(const AttributionRule &rule, const KindFacts &facts)
{
    if (rule.match.startsWith(u"tag:")) {
        const auto found = facts.tags.constFind(rule.match.mid(4));
        return found == facts.tags.cend() ? nullptr : &*found;
    }
    if (rule.match == u"provider")
        return &facts.provider;
    if (rule.match == u"service")
        return &facts.service;
    if (rule.match == u"region")
        return &facts.region;
    if (rule.match == u"sub_account")
        return &facts.subAccount;
    if (rule.match == u"sku")
        return &facts.sku;
    return nullptr;
}

Attribution CostAttribution::of(const KindFacts &facts) const
{
    Attribution attribution;
    bool placed = false;
    bool teamed = false;
    for (const AttributionRule &rule : m_rules) {
        if (placed && teamed)
            break;
        const bool wantsPlace = !placed && rule.projectId > 0;
        const bool wantsTeam = !teamed && rule.teamId > 0;
        if (!wantsPlace && !wantsTeam)
            continue;
        const QString *value = valueOf(rule, facts);
        if (!value || !shared::wildcard::matches(rule.pattern, *value))
            continue;
        if (wantsPlace) {
            attribution.projectId = rule.projectId;
            attribution.environmentId = rule.environmentId;
            placed = true;
        }
        if (wantsTeam) {
            attribution.teamId = rule.teamId;
            teamed = true;
        }
    }
    return attribution;
}

} // namespace adp::server::costs
