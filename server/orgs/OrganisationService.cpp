#include "OrganisationService.h"

#include "storage/StorageError.h"

namespace adp::server::orgs {

using shared::Member;
using shared::Organisation;
using shared::OrganisationRole;

namespace {
QJsonObject memberSummary(const QString &username, const QString &role)
{
    return {{QStringLiteral("user"), username}, {QStringLiteral("role"), role}};
}

QJsonObject auditSummary(const Organisation &organisation)
{
    return {{QStringLiteral("name"), organisation.name},
            {QStringLiteral("slug"), organisation.slug},
            {QStringLiteral("description"), organisation.description}};
}
} // namespace

ServiceError OrganisationService::slugTaken()
{
    return ServiceError::conflict(
        QStringLiteral("An organisation with this slug already exists"),
        {{QStringLiteral("slug"), QString::fromLatin1(shared::fieldcodes::Taken), QStringLiteral("is already taken")}});
}

QList<Organisation> OrganisationService::list(const Actor &actor)
{
    if (actor.projectLimit != 0)
        return {}; // a project token knows no organisation
    return m.organisations.listFor(actor.userId, actor.isAdmin);
}

Outcome<std::pair<Organisation, access::OrganisationAccess>>
OrganisationService::authorize(const MutationContext &context, const QString &key, const QString &action)
{
    auto organisation = m.organisations.find(key);
    if (!organisation)
        return ServiceError::notFound(QStringLiteral("Organisation"));
    const auto access = m.authorizer.organisation(context, organisation->id, action);
    if (!access.ok())
        return access.error();
    organisation->myRole = access.value().role;
    return std::make_pair(*organisation, access.value());
}

Outcome<Organisation> OrganisationService::get(const MutationContext &context, const QString &key)
{
    const auto found = authorize(context, key, QStringLiteral("org.read"));
    if (!found.ok())
        return found.error();
    return found.value().first;
}

Outcome<Organisation> OrganisationService::create(const MutationContext &context, const shared::GroupFields &fields)
{
    Organisation organisation;
    const shared::FieldErrors errors = fields.applyTo(organisation.name, organisation.slug, organisation.description);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    organisation.createdAt = m.clock.now();
    organisation.myRole = OrganisationRole::Owner;
    try {
        storage::Transaction tx(m.database);
        organisation = m.organisations.insert(tx, organisation);
        if (context.actor.userId > 0)
            m.organisations.setMember(tx, organisation.id, context.actor.userId, OrganisationRole::Owner,
                                      m.clock.nowMs());
        m.audit.record(tx, context,
                       {QStringLiteral("org.created"),
                        QStringLiteral("organisation"),
                        QString::number(organisation.id),
                        {},
                        auditSummary(organisation)});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation)
            return slugTaken();
        throw;
    }
    publish(organisation.id, QStringLiteral("org.created"), organisation.toJson());
    return organisation;
}

Outcome<Organisation> OrganisationService::update(const MutationContext &context, const QString &key,
                                                  const shared::GroupFields &fields)
{
    const auto found = authorize(context, key, QStringLiteral("org.update"));
    if (!found.ok())
        return found.error();
    const Organisation before = found.value().first;
    Organisation updated = before;
    const shared::FieldErrors errors = fields.applyTo(updated.name, updated.slug, updated.description);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    if (updated.slug != before.slug && before.id == OrganisationRepository::kDefaultId)
        return ServiceError::validation({{QStringLiteral("slug"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                                          QStringLiteral("of the default organisation cannot change")}});
    if (auditSummary(updated) == auditSummary(before))
        return updated;
    try {
        storage::Transaction tx(m.database);
        m.organisations.update(tx, updated);
        if (updated.slug != before.slug)
            m.projects.organisationRenamed(tx, updated.id, before.slug, updated.slug);
        m.audit.record(tx, context,
                       {QStringLiteral("org.updated"), QStringLiteral("organisation"), QString::number(updated.id),
                        auditSummary(before), auditSummary(updated)});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation)
            return slugTaken();
        throw;
    }
    publish(updated.id, QStringLiteral("org.updated"), updated.toJson());
    return updated;
}

Outcome<Unit> OrganisationService::remove(const MutationContext &context, const QString &key)
{
    const auto found = authorize(context, key, QStringLiteral("org.delete"));
    if (!found.ok())
        return found.error();
    const Organisation organisation = found.value().first;
    if (organisation.id == OrganisationRepository::kDefaultId)
        return ServiceError::conflict(
            QStringLiteral("The default organisation cannot be deleted: new accounts join it"));
    const auto audience = m.organisations.members(organisation.id);
    {
        storage::Transaction tx(m.database);
        if (m.organisations.projectCount(tx, organisation.id) > 0)
            return ServiceError::conflict(QStringLiteral("The organisation still has projects; delete them first"));
        m.organisations.remove(tx, organisation.id);
        m.audit.record(tx, context,
                       {QStringLiteral("org.deleted"),
                        QStringLiteral("organisation"),
                        QString::number(organisation.id),
                        auditSummary(organisation),
                        {}});
        tx.commit();
    }
    QSet<qint64> users;
    for (const Member &member : audience)
        users.insert(member.id);
    m.events.publish(QString::fromLatin1(kTopic), QStringLiteral("org.deleted"),
                     {{QStringLiteral("id"), organisation.id}, {QStringLiteral("slug"), organisation.slug}}, users);
    return Unit{};
}

Outcome<QList<Member>> OrganisationService::members(const MutationContext &context, const QString &key)
{
    const auto found = authorize(context, key, QStringLiteral("org.member.list"));
    if (!found.ok())
        return found.error();
    return m.organisations.members(found.value().first.id);
}

Outcome<Member> OrganisationService::setMember(const MutationContext &context, const QString &key,
                                               const QString &username, const std::optional<QString> &role)
{
    const auto found = authorize(context, key, QStringLiteral("org.member.set"));
    if (!found.ok())
        return found.error();
    const auto newRole = role ? shared::organisationRoleFromString(*role) : std::nullopt;
    if (!newRole)
        return ServiceError::validation(
            {{QStringLiteral("role"),
              QString::fromLatin1(role ? shared::fieldcodes::InvalidValue : shared::fieldcodes::Required),
              QStringLiteral("must be one of %1").arg(shared::organisationRoleNames().join(QStringLiteral(", ")))}});
    const auto user = m.users.userNamed(username);
    if (!user)
        return ServiceError::notFound(QStringLiteral("User"));
    const auto &[organisation, callerAccess] = found.value();
    Member member{Member::Kind::User, user->id, user->username, shared::organisationRoleToString(*newRole),
                  m.clock.now()};
    {
        storage::Transaction tx(m.database);
        const OrganisationRole current = m.organisations.roleOf(storage::executorOf(tx), organisation.id, user->id);
        if (current == *newRole)
            return member;
        const bool touchesOwner = current == OrganisationRole::Owner || *newRole == OrganisationRole::Owner;
        if (touchesOwner && callerAccess.role != OrganisationRole::Owner) {
            tx.rollback();
            return m.authorizer.deny(context, QStringLiteral("org.member.set"), QStringLiteral("organisation"),
                                     QString::number(organisation.id),
                                     QStringLiteral("Only an owner may make or unmake owners"));
        }
        if (current == OrganisationRole::Owner && m.organisations.ownerCount(tx, organisation.id) == 1)
            return ServiceError::conflict(
                QStringLiteral("This is the organisation's last owner; make someone else owner first"));
        m.organisations.setMember(tx, organisation.id, user->id, *newRole, m.clock.nowMs());
        m.audit.record(tx, context,
                       {current == OrganisationRole::None ? QStringLiteral("org.member.added")
                                                          : QStringLiteral("org.member.changed"),
                        QStringLiteral("organisation"), QString::number(organisation.id),
                        current == OrganisationRole::None
                            ? QJsonObject()
                            : memberSummary(user->username, shared::organisationRoleToString(current)),
                        memberSummary(user->username, member.role)});
        tx.commit();
    }
    publish(organisation.id, QStringLiteral("org.members.changed"),
            {{QStringLiteral("id"), organisation.id}, {QStringLiteral("slug"), organisation.slug}});
    return member;
}

Outcome<Unit> OrganisationService::removeMember(const MutationContext &context, const QString &key,
                                                const QString &username)
{
    const auto found = authorize(context, key, QStringLiteral("org.member.remove"));
    if (!found.ok())
        return found.error();
    const auto user = m.users.userNamed(username);
    if (!user)
        return ServiceError::notFound(QStringLiteral("User"));
    const auto &[organisation, callerAccess] = found.value();
    {
        storage::Transaction tx(m.database);
        const OrganisationRole current = m.organisations.roleOf(storage::executorOf(tx), organisation.id, user->id);
        if (current == OrganisationRole::None)
            return ServiceError::notFound(QStringLiteral("Member"));
        if (current == OrganisationRole::Owner && callerAccess.role != OrganisationRole::Owner) {
            tx.rollback();
            return m.authorizer.deny(context, QStringLiteral("org.member.remove"), QStringLiteral("organisation"),
                                     QString::number(organisation.id),
                                     QStringLiteral("Only an owner may remove an owner"));
        }
        if (current == OrganisationRole::Owner && m.organisations.ownerCount(tx, organisation.id) == 1)
            return ServiceError::conflict(
                QStringLiteral("This is the organisation's last owner; make someone else owner first"));
        m.teams.removeFromOrganisation(tx, organisation.id, user->id);
        m.organisations.removeMember(tx, organisation.id, user->id);
        m.audit.record(tx, context,
                       {QStringLiteral("org.member.removed"),
                        QStringLiteral("organisation"),
                        QString::number(organisation.id),
                        memberSummary(user->username, shared::organisationRoleToString(current)),
                        {}});
        tx.commit();
    }
    publish(organisation.id, QStringLiteral("org.members.changed"),
            {{QStringLiteral("id"), organisation.id}, {QStringLiteral("slug"), organisation.slug}});
    return Unit{};
}

void OrganisationService::publish(qint64 organisationId, const QString &type, const QJsonObject &data)
{
    QSet<qint64> users;
    for (const Member &member : m.organisations.members(organisationId))
        users.insert(member.id);
    m.events.publish(QString::fromLatin1(kTopic), type, data, users);
}

} // namespace adp::server::orgs
