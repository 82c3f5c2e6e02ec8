#include "MembersApi.h"

#include "ApiCalls.h"

namespace adp::shared {

namespace {
QString projectPath(const QString &project)
{
    return QStringLiteral("/api/v1/projects/") + pathSegment(project);
}

QString memberPath(const QString &project, Member::Kind kind, const QString &name)
{
    return projectPath(project) +
           (kind == Member::Kind::User ? QStringLiteral("/members/users/") : QStringLiteral("/members/teams/")) +
           pathSegment(name);
}
} // namespace

void MembersApi::list(const QString &project, QObject *context, Done<QList<Member>> done)
{
    fetchItems<Member>(m_client, projectPath(project) + QStringLiteral("/members"), {}, context, std::move(done));
}

void MembersApi::set(const QString &project, Member::Kind kind, const QString &name, const QString &role,
                     QObject *context, Done<Member> done)
{
    sendForOne<Member>(m_client, "PUT", memberPath(project, kind, name), RoleRequest{role}.toJson(), context,
                       std::move(done));
}

void MembersApi::remove(const QString &project, Member::Kind kind, const QString &name, QObject *context,
                        Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE", memberPath(project, kind, name), context, std::move(done));
}

void MembersApi::environmentRules(const QString &project, QObject *context, Done<QList<EnvironmentRule>> done)
{
    fetchItems<EnvironmentRule>(m_client, projectPath(project) + QStringLiteral("/environment-rules"), {}, context,
                                std::move(done));
}

void MembersApi::addEnvironmentRule(const QString &project, const EnvironmentRuleFields &fields, QObject *context,
                                    Done<EnvironmentRule> done)
{
    sendForOne<EnvironmentRule>(m_client, "POST", projectPath(project) + QStringLiteral("/environment-rules"),
                                fields.toJson(), context, std::move(done));
}

void MembersApi::removeEnvironmentRule(const QString &project, qint64 id, QObject *context, Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE", projectPath(project) + QStringLiteral("/environment-rules/%1").arg(id), context,
                   std::move(done));
}

} // namespace adp::shared
