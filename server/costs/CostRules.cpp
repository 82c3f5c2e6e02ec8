#include "CostRules.h"

#include "CostImportRepository.h"
#include "CostKindRepository.h"

namespace adp::server::costs {

using shared::FieldErrors;

namespace {
const QString kTarget = QStringLiteral("cost_rule");
const QString kWhat = QStringLiteral("Cost rule");
} // namespace

CostRules::Rule CostRules::presented(const Stored &stored, const QString &organisation) const
{
    Rule rule = stored.rule;
    rule.organisation = organisation;
    return rule;
}

QJsonObject CostRules::summary(const Stored &stored)
{
    const Rule &rule = stored.rule;
    return {{QStringLiteral("position"), rule.position},
            {QStringLiteral("match"), rule.match},
            {QStringLiteral("pattern"), rule.pattern},
            {QStringLiteral("project"), rule.project},
            {QStringLiteral("environment"), rule.environment},
            {QStringLiteral("team"), rule.team},
            {QStringLiteral("organisation_id"), stored.organisationId}};
}

Outcome<CostRules::Stored> CostRules::merged(Stored stored, const Fields &fields, FieldErrors errors, bool creating)
{
    errors.append(fields.validate(creating));
    Rule &rule = stored.rule;
    if (fields.position)
        rule.position = int(*fields.position);
    if (fields.match)
        rule.match = *fields.match;
    if (fields.pattern)
        rule.pattern = *fields.pattern;
    // Names to ids: a project of this organisation, an environment of that project, a team of it.
    if (fields.project) {
        rule.project = fields.project->trimmed();
        stored.projectId = rule.project.isEmpty() ? 0 : m.rules.projectNamed(stored.organisationId, rule.project);
        if (!rule.project.isEmpty() && stored.projectId == 0)
            errors.append(
                shared::invalidField(QStringLiteral("project"), QStringLiteral("is no project of this organisation")));
    }
    if (fields.environment || fields.project) {
        if (fields.environment)
            rule.environment = fields.environment->trimmed();
        if (rule.project.isEmpty())
            rule.environment.clear();
        stored.environmentId = rule.environment.isEmpty() || stored.projectId == 0
                                   ? 0
                                   : m.rules.environmentNamed(stored.projectId, rule.environment);
        if (fields.environment && !fields.environment->trimmed().isEmpty() && rule.project.isEmpty())
            errors.append(shared::invalidField(QStringLiteral("environment"), QStringLiteral("needs a project")));
        else if (!rule.environment.isEmpty() && stored.projectId > 0 && stored.environmentId == 0)
            errors.append(shared::invalidField(QStringLiteral("environment"),
                                               QStringLiteral("is no environment of project %1").arg(rule.project)));
    }
    if (fields.team) {
        rule.team = fields.team->trimmed();
        stored.teamId = rule.team.isEmpty() ? 0 : m.rules.teamNamed(stored.organisationId, rule.team);
        if (!rule.team.isEmpty() && stored.teamId == 0)
            errors.append(
                shared::invalidField(QStringLiteral("team"), QStringLiteral("is no team of this organisation")));
    }
    if (errors.isEmpty() && rule.project.isEmpty() && rule.team.isEmpty())
        errors.append(
            shared::invalidField(QStringLiteral("project"), QStringLiteral("a rule names a project, a team, or both")));
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    return stored;
}

int CostRules::reattribute(storage::Transaction &tx, qint64 organisationId)
{
    const CostAttribution attribution = CostRuleRepository::attribution(tx, organisationId);
    QList<CostKind> moved;
    for (CostKind kind : CostKindRepository::all(tx, organisationId)) {
        const Attribution now = attribution.of(kind.facts());
        if (now == kind.attribution)
            continue;
        kind.attribution = now;
        moved.append(kind);
    }
    CostKindRepository::attribute(tx, organisationId, moved);
    return int(moved.size());
}

Outcome<QList<CostRules::Rule>> CostRules::list(const MutationContext &context, const QString &organisation)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.rule.list"));
    if (!access.ok())
        return access.error();
    QList<Rule> rules;
    for (const Stored &stored : m.rules.list(access.value().organisationId))
        rules.append(presented(stored, access.value().slug));
    return rules;
}

Outcome<CostRules::Rule> CostRules::get(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.rule.read"));
    if (!access.ok())
        return access.error();
    const auto stored = m.rules.find(access.value().organisationId, id);
    if (!stored)
        return ServiceError::notFound(kWhat);
    return presented(*stored, access.value().slug);
}

Outcome<CostRules::Rule> CostRules::create(const MutationContext &context, const QString &organisation,
                                           const Fields &fields, const FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.rule.create"));
    if (!access.ok())
        return access.error();
    Stored empty;
    empty.organisationId = access.value().organisationId;
    empty.rule.createdBy = context.actor.username;
    empty.createdMs = empty.updatedMs = m.clock.nowMs();
    empty.rule.createdAt = empty.rule.updatedAt = QDateTime::fromMSecsSinceEpoch(empty.createdMs, Qt::UTC);
    auto stored = merged(empty, fields, invalid, true);
    if (!stored.ok())
        return stored.error();
    storage::Transaction tx(m.database);
    CostImportRepository::lockOrganisation(tx, stored.value().organisationId); // see reattribute()
    stored.value().rule.id = CostRuleRepository::insert(tx, stored.value());
    QJsonObject after = summary(stored.value());
    after.insert(QStringLiteral("kinds_moved"), reattribute(tx, stored.value().organisationId));
    m.audit.record(tx, context,
                   {QStringLiteral("cost_rule.created"), kTarget, QString::number(stored.value().rule.id), {}, after});
    tx.commit();
    return presented(stored.value(), access.value().slug);
}

Outcome<CostRules::Rule> CostRules::update(const MutationContext &context, const QString &organisation, qint64 id,
                                           const Fields &fields, const FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.rule.update"));
    if (!access.ok())
        return access.error();
    const auto current = m.rules.find(access.value().organisationId, id);
    if (!current)
        return ServiceError::notFound(kWhat);
    auto stored = merged(*current, fields, invalid, false);
    if (!stored.ok())
        return stored.error();
    stored.value().updatedMs = m.clock.nowMs();
    stored.value().rule.updatedAt = QDateTime::fromMSecsSinceEpoch(stored.value().updatedMs, Qt::UTC);
    storage::Transaction tx(m.database);
    CostImportRepository::lockOrganisation(tx, stored.value().organisationId);
    CostRuleRepository::update(tx, stored.value());
    QJsonObject after = summary(stored.value());
    after.insert(QStringLiteral("kinds_moved"), reattribute(tx, stored.value().organisationId));
    m.audit.record(tx, context,
                   {QStringLiteral("cost_rule.updated"), kTarget, QString::number(id), summary(*current), after});
    tx.commit();
    return presented(stored.value(), access.value().slug);
}

Outcome<Unit> CostRules::remove(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.rule.delete"));
    if (!access.ok())
        return access.error();
    const auto current = m.rules.find(access.value().organisationId, id);
    if (!current)
        return ServiceError::notFound(kWhat);
    storage::Transaction tx(m.database);
    CostImportRepository::lockOrganisation(tx, current->organisationId);
    CostRuleRepository::remove(tx, id);
    const int moved = reattribute(tx, current->organisationId);
    m.audit.record(tx, context,
                   {QStringLiteral("cost_rule.deleted"), kTarget, QString::number(id), summary(*current),
                    QJsonObject{{QStringLiteral("kinds_moved"), moved},
                                {QStringLiteral("organisation_id"), current->organisationId}}});
    tx.commit();
    return Unit{};
}

} // namespace adp::server::costs
