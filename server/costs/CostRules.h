#pragma once

#include "CostRuleRepository.h"
#include "access/Authorizer.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/ServiceError.h"

namespace adp::server::costs {

// An organisation's attribution rules: members read them, admins edit them (cost.rule.* in the
// permission table). Every change attributes the organisation's imported costs again, in the
// same transaction, so what the rules say and where costs are never disagree. Audited.
class CostRules
{
public:
    struct Dependencies
    {
        storage::Database &database;
        CostRuleRepository &rules;
        const access::Authorizer &authorizer;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit CostRules(Dependencies dependencies)
        : m(dependencies)
    {
    }

    using Rule = shared::costs::CostRule;
    using Fields = shared::costs::CostRuleFields;

    Outcome<QList<Rule>> list(const MutationContext &context, const QString &organisation);
    Outcome<Rule> get(const MutationContext &context, const QString &organisation, qint64 id);
    Outcome<Rule> create(const MutationContext &context, const QString &organisation, const Fields &fields,
                         const shared::FieldErrors &invalid);
    Outcome<Rule> update(const MutationContext &context, const QString &organisation, qint64 id, const Fields &fields,
                         const shared::FieldErrors &invalid);
    Outcome<Unit> remove(const MutationContext &context, const QString &organisation, qint64 id);

    // The organisation's kinds of cost attributed by its rules as they are now; how many moved. Rule
    // changes take the organisation's import lock first, so an import in flight (which attributes
    // the kinds it brings with the rules it read) and a rule change never pass each other.
    static int reattribute(storage::Transaction &tx, qint64 organisationId);

private:
    using Stored = CostRuleRepository::Stored;
    Outcome<Stored> merged(Stored current, const Fields &fields, shared::FieldErrors errors, bool creating);
    static QJsonObject summary(const Stored &stored);
    Rule presented(const Stored &stored, const QString &organisation) const;

    Dependencies m;
};

} // namespace adp::server::costs
