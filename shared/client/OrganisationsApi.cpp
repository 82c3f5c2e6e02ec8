#include "OrganisationsApi.h"

#include "ApiCalls.h"

namespace adp::shared {

namespace {
QString organisationPath(const QString &organisation)
{
    return QStringLiteral("/api/v1/organisations/") + pathSegment(organisation);
}

QString teamPath(const QString &organisation, const QString &team)
{
    return organisationPath(organisation) + QStringLiteral("/teams/") + pathSegment(team);
}
} // namespace

void OrganisationsApi::list(QObject *context, Done<QList<Organisation>> done)
{
    fetchItems<Organisation>(m_client, QStringLiteral("/api/v1/organisations"), {}, context, std::move(done));
}

void OrganisationsApi::get(const QString &organisation, QObject *context, Done<Organisation> done)
{
    sendForOne<Organisation>(m_client, "GET", organisationPath(organisation), {}, context, std::move(done));
}

void OrganisationsApi::create(const GroupFields &fields, QObject *context, Done<Organisation> done)
{
    sendForOne<Organisation>(m_client, "POST", QStringLiteral("/api/v1/organisations"), fields.toJson(), context,
                             std::move(done));
}

void OrganisationsApi::update(const QString &organisation, const GroupFields &fields, QObject *context,
                              Done<Organisation> done)
{
    sendForOne<Organisation>(m_client, "PATCH", organisationPath(organisation), fields.toJson(), context,
                             std::move(done));
}

void OrganisationsApi::remove(const QString &organisation, QObject *context, Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE", organisationPath(organisation), context, std::move(done));
}

void OrganisationsApi::members(const QString &organisation, QObject *context, Done<QList<Member>> done)
{
    fetchItems<Member>(m_client, organisationPath(organisation) + QStringLiteral("/members"), {}, context,
                       std::move(done));
}

void OrganisationsApi::setMember(const QString &organisation, const QString &username, const QString &role,
                                 QObject *context, Done<Member> done)
{
    sendForOne<Member>(m_client, "PUT",
                       organisationPath(organisation) + QStringLiteral("/members/") + pathSegment(username),
                       RoleRequest{role}.toJson(), context, std::move(done));
}

void OrganisationsApi::removeMember(const QString &organisation, const QString &username, QObject *context,
                                    Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE",
                   organisationPath(organisation) + QStringLiteral("/members/") + pathSegment(username), context,
                   std::move(done));
}

void OrganisationsApi::teams(const QString &organisation, QObject *context, Done<QList<Team>> done)
{
    fetchItems<Team>(m_client, organisationPath(organisation) + QStringLiteral("/teams"), {}, context, std::move(done));
}

void OrganisationsApi::createTeam(const QString &organisation, const GroupFields &fields, QObject *context,
                                  Done<Team> done)
{
    sendForOne<Team>(m_client, "POST", organisationPath(organisation) + QStringLiteral("/teams"), fields.toJson(),
                     context, std::move(done));
}

void OrganisationsApi::updateTeam(const QString &organisation, const QString &team, const GroupFields &fields,
                                  QObject *context, Done<Team> done)
{
    sendForOne<Team>(m_client, "PATCH", teamPath(organisation, team), fields.toJson(), context, std::move(done));
}

void OrganisationsApi::removeTeam(const QString &organisation, const QString &team, QObject *context,
                                  Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE", teamPath(organisation, team), context, std::move(done));
}

void OrganisationsApi::teamMembers(const QString &organisation, const QString &team, QObject *context,
                                   Done<QList<Member>> done)
{
    fetchItems<Member>(m_client, teamPath(organisation, team) + QStringLiteral("/members"), {}, context,
                       std::move(done));
}

void OrganisationsApi::addTeamMember(const QString &organisation, const QString &team, const QString &username,
                                     QObject *context, Done<Member> done)
{
    sendForOne<Member>(m_client, "PUT",
                       teamPath(organisation, team) + QStringLiteral("/members/") + pathSegment(username),
                       QJsonObject(), context, std::move(done));
}

void OrganisationsApi::removeTeamMember(const QString &organisation, const QString &team, const QString &username,
                                        QObject *context, Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE",
                   teamPath(organisation, team) + QStringLiteral("/members/") + pathSegment(username), context,
                   std::move(done));
}

void OrganisationsApi::findUsers(const QString &search, QObject *context, Done<QList<UserSummary>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), search);
    fetchItems<UserSummary>(m_client, QStringLiteral("/api/v1/users"), query, context, std::move(done));
}

} // namespace adp::shared
