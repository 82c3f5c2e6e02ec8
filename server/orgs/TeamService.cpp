#include "TeamService.h"

#include "storage/StorageError.h"

namespace adp::server::orgs {

using shared::Member;
using shared::Team;

namespace {
QJsonObject auditSummary(const Team &team)
{
    return {{QStringLiteral("organisation"), team.organisation},
            {QStringLiteral("name"), team.name},
            {QStringLiteral("slug"), team.slug},
            {QStringLiteral("description"), team.description}};
}

QJsonObject changed(const Team &team)
{
    return {{QStringLiteral("organisation"), team.organisation}, {QStringLiteral("team"), team.slug}};
}
} // namespace

ServiceError TeamService::slugTaken()
{
    return ServiceError::conflict(
        QStringLiteral("A team with this slug already exists in the organisation"),
        {{QStringLiteral("slug"), QString::fromLatin1(shared::fieldcodes::Taken), QStringLiteral("is already taken")}});
}

Outcome<std::pair<shared::Organisation, Team>> TeamService::find(const MutationContext &context,
                                                                 const QString &organisation, const QString &team,
                                                                 const QString &action)
{
    const auto found = m.organisations.authorize(context, organisation, action);
    if (!found.ok())
        return found.error();
    const auto existing = m.teams.find(found.value().first.id, team);
    if (!existing)
        return ServiceError::notFound(QStringLiteral("Team"));
    return std::make_pair(found.value().first, *existing);
}

Outcome<QList<Team>> TeamService::list(const MutationContext &context, const QString &organisation)
{
    const auto found = m.organisations.authorize(context, organisation, QStringLiteral("team.list"));
    if (!found.ok())
        return found.error();
    return m.teams.list(found.value().first.id);
}

Outcome<Team> TeamService::get(const MutationContext &context, const QString &organisation, const QString &team)
{
    const auto found = find(context, organisation, team, QStringLiteral("team.read"));
    if (!found.ok())
        return found.error();
    return found.value().second;
}

Outcome<Team> TeamService::create(const MutationContext &context, const QString &organisation,
                                  const shared::GroupFields &fields)
{
    const auto found = m.organisations.authorize(context, organisation, QStringLiteral("team.create"));
    if (!found.ok())
        return found.error();
    Team team;
    const shared::FieldErrors errors = fields.applyTo(team.name, team.slug, team.description);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    team.organisation = found.value().first.slug;
    team.createdAt = m.clock.now();
    try {
        storage::Transaction tx(m.database);
        team = m.teams.insert(tx, team, found.value().first.id);
        m.audit.record(
            tx, context,
            {QStringLiteral("team.created"), QStringLiteral("team"), QString::number(team.id), {}, auditSummary(team)});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation)
            return slugTaken();
        throw;
    }
    m.organisations.publish(found.value().first.id, QStringLiteral("team.created"), changed(team));
    return team;
}

Outcome<Team> TeamService::update(const MutationContext &context, const QString &organisation, const QString &team,
                                  const shared::GroupFields &fields)
{
    const auto found = find(context, organisation, team, QStringLiteral("team.update"));
    if (!found.ok())
        return found.error();
    const Team before = found.value().second;
    Team updated = before;
    const shared::FieldErrors errors = fields.applyTo(updated.name, updated.slug, updated.description);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    if (auditSummary(updated) == auditSummary(before))
        return updated;
    try {
        storage::Transaction tx(m.database);
        m.teams.update(tx, updated);
        m.audit.record(tx, context,
                       {QStringLiteral("team.updated"), QStringLiteral("team"), QString::number(updated.id),
                        auditSummary(before), auditSummary(updated)});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation)
            return slugTaken();
        throw;
    }
    m.organisations.publish(found.value().first.id, QStringLiteral("team.updated"), changed(updated));
    return updated;
}

Outcome<Unit> TeamService::remove(const MutationContext &context, const QString &organisation, const QString &team)
{
    const auto found = find(context, organisation, team, QStringLiteral("team.delete"));
    if (!found.ok())
        return found.error();
    const Team removed = found.value().second;
    storage::Transaction tx(m.database);
    m.audit.record(tx, context,
                   {QStringLiteral("team.deleted"),
                    QStringLiteral("team"),
                    QString::number(removed.id),
                    auditSummary(removed),
                    {}});
    m.teams.remove(tx, removed.id); // its project grants and environment rules go with it
    tx.commit();
    m.organisations.publish(found.value().first.id, QStringLiteral("team.deleted"), changed(removed));
    return Unit{};
}

Outcome<QList<Member>> TeamService::members(const MutationContext &context, const QString &organisation,
                                            const QString &team)
{
    const auto found = find(context, organisation, team, QStringLiteral("team.member.list"));
    if (!found.ok())
        return found.error();
    return m.teams.members(found.value().second.id);
}

Outcome<Member> TeamService::addMember(const MutationContext &context, const QString &organisation, const QString &team,
                                       const QString &username)
{
    const auto found = find(context, organisation, team, QStringLiteral("team.member.set"));
    if (!found.ok())
        return found.error();
    const auto &[owner, existing] = found.value();
    const auto user = m.users.userNamed(username);
    if (!user)
        return ServiceError::notFound(QStringLiteral("User"));
    Member member{Member::Kind::User, user->id, user->username, {}, m.clock.now()};
    {
        storage::Transaction tx(m.database);
        if (m.organisationRepository.roleOf(storage::executorOf(tx), owner.id, user->id) ==
            shared::OrganisationRole::None)
            return ServiceError::conflict(QStringLiteral("%1 is not a member of %2; add them to the organisation first")
                                              .arg(user->username, owner.slug));
        if (m.teams.hasMember(tx, existing.id, user->id))
            return member;
        m.teams.addMember(tx, existing.id, user->id, m.clock.nowMs());
        m.audit.record(tx, context,
                       {QStringLiteral("team.member.added"),
                        QStringLiteral("team"),
                        QString::number(existing.id),
                        {},
                        QJsonObject{{QStringLiteral("user"), user->username}}});
        tx.commit();
    }
    m.organisations.publish(owner.id, QStringLiteral("team.members.changed"), changed(existing));
    return member;
}

Outcome<Unit> TeamService::removeMember(const MutationContext &context, const QString &organisation,
                                        const QString &team, const QString &username)
{
    const auto found = find(context, organisation, team, QStringLiteral("team.member.remove"));
    if (!found.ok())
        return found.error();
    const auto &[owner, existing] = found.value();
    const auto user = m.users.userNamed(username);
    if (!user)
        return ServiceError::notFound(QStringLiteral("User"));
    {
        storage::Transaction tx(m.database);
        if (!m.teams.hasMember(tx, existing.id, user->id))
            return ServiceError::notFound(QStringLiteral("Member"));
        m.teams.removeMember(tx, existing.id, user->id);
        m.audit.record(tx, context,
                       {QStringLiteral("team.member.removed"),
                        QStringLiteral("team"),
                        QString::number(existing.id),
                        QJsonObject{{QStringLiteral("user"), user->username}},
                        {}});
        tx.commit();
    }
    m.organisations.publish(owner.id, QStringLiteral("team.members.changed"), changed(existing));
    return Unit{};
}

} // namespace adp::server::orgs
