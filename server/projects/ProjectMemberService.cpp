#include "ProjectMemberService.h"

namespace adp::server::projects {

using shared::Member;

namespace {
QString kindName(Member::Kind kind)
{
    return kind == Member::Kind::User ? QStringLiteral("user") : QStringLiteral("team");
}

QJsonObject summary(Member::Kind kind, const QString &name, const QString &role)
{
    return {{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("name"), name}, {QStringLiteral("role"), role}};
}
} // namespace

Outcome<QList<Member>> ProjectMemberService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.guard.authorize(context, projectKey, QStringLiteral("project.member.list"));
    if (!found.ok())
        return found.error();
    return m.members.list(found.value().project.id);
}

Outcome<qint64> ProjectMemberService::resolve(Member::Kind kind, const QString &name, qint64 organisationId)
{
    if (kind == Member::Kind::User) {
        if (const auto user = m.users.userNamed(name))
            return user->id;
        return ServiceError::notFound(QStringLiteral("User"));
    }
    // A team of another organisation is not found here, whether or not it exists.
    if (const auto team = m.teams.find(organisationId, name))
        return team->id;
    return ServiceError::notFound(QStringLiteral("Team"));
}

Outcome<Member> ProjectMemberService::set(const MutationContext &context, const QString &projectKey, Member::Kind kind,
                                          const QString &name, const std::optional<QString> &role)
{
    const auto found = m.guard.authorize(context, projectKey, QStringLiteral("project.member.set"));
    if (!found.ok())
        return found.error();
    const auto parsedRole = role ? shared::projectRoleFromString(*role) : std::nullopt;
    if (!parsedRole)
        return ServiceError::validation(
            {{QStringLiteral("role"),
              QString::fromLatin1(role ? shared::fieldcodes::InvalidValue : shared::fieldcodes::Required),
              QStringLiteral("must be one of %1").arg(shared::projectRoleNames().join(QStringLiteral(", ")))}});
    const auto id = resolve(kind, name, found.value().organisationId);
    if (!id.ok())
        return id.error();

    const qint64 projectId = found.value().project.id;
    Member member{kind, id.value(), name, shared::projectRoleToString(*parsedRole), m.clock.now()};
    {
        storage::Transaction tx(m.database);
        const QString before = m.members.roleOf(tx, projectId, kind, member.id);
        if (before == member.role)
            return member; // nothing changed
        m.members.set(tx, projectId, kind, member.id, *parsedRole, m.clock.nowMs());
        m.audit.record(
            tx, context,
            {before.isEmpty() ? QStringLiteral("project.member.added") : QStringLiteral("project.member.changed"),
             QStringLiteral("project"), QString::number(projectId),
             before.isEmpty() ? QJsonObject() : summary(kind, name, before), summary(kind, name, member.role)});
        tx.commit();
    }
    m.projects.publish(projectId, QStringLiteral("project.members.changed"),
                       {{QStringLiteral("id"), projectId}, {QStringLiteral("slug"), found.value().project.slug}});
    return member;
}

Outcome<Unit> ProjectMemberService::remove(const MutationContext &context, const QString &projectKey, Member::Kind kind,
                                           const QString &name)
{
    const auto found = m.guard.authorize(context, projectKey, QStringLiteral("project.member.remove"));
    if (!found.ok())
        return found.error();
    const auto id = resolve(kind, name, found.value().organisationId);
    if (!id.ok())
        return id.error();
    const qint64 projectId = found.value().project.id;
    {
        storage::Transaction tx(m.database);
        const QString before = m.members.roleOf(tx, projectId, kind, id.value());
        if (before.isEmpty())
            return ServiceError::notFound(QStringLiteral("Member"));
        m.members.remove(tx, projectId, kind, id.value());
        m.audit.record(tx, context,
                       {QStringLiteral("project.member.removed"),
                        QStringLiteral("project"),
                        QString::number(projectId),
                        summary(kind, name, before),
                        {}});
        tx.commit();
    }
    m.projects.publish(projectId, QStringLiteral("project.members.changed"),
                       {{QStringLiteral("id"), projectId}, {QStringLiteral("slug"), found.value().project.slug}});
    return Unit{};
}

} // namespace adp::server::projects
