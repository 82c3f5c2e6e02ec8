#pragma once

#include "ApiClient.h"
#include "shared/core/Organisation.h"

namespace adp::shared {

// /api/v1/organisations (with members and teams) and /api/v1/users.
class OrganisationsApi
{
public:
    explicit OrganisationsApi(ApiClient &client)
        : m_client(client)
    {
    }

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void list(QObject *context, Done<QList<Organisation>> done);
    void get(const QString &organisation, QObject *context, Done<Organisation> done);
    void create(const GroupFields &fields, QObject *context, Done<Organisation> done);
    void update(const QString &organisation, const GroupFields &fields, QObject *context, Done<Organisation> done);
    void remove(const QString &organisation, QObject *context, Done<shared::Done> done);

    void members(const QString &organisation, QObject *context, Done<QList<Member>> done);
    void setMember(const QString &organisation, const QString &username, const QString &role, QObject *context,
                   Done<Member> done);
    void removeMember(const QString &organisation, const QString &username, QObject *context, Done<shared::Done> done);

    void teams(const QString &organisation, QObject *context, Done<QList<Team>> done);
    void createTeam(const QString &organisation, const GroupFields &fields, QObject *context, Done<Team> done);
    void updateTeam(const QString &organisation, const QString &team, const GroupFields &fields, QObject *context,
                    Done<Team> done);
    void removeTeam(const QString &organisation, const QString &team, QObject *context, Done<shared::Done> done);
    void teamMembers(const QString &organisation, const QString &team, QObject *context, Done<QList<Member>> done);
    void addTeamMember(const QString &organisation, const QString &team, const QString &username, QObject *context,
                       Done<Member> done);
    void removeTeamMember(const QString &organisation, const QString &team, const QString &username, QObject *context,
                          Done<shared::Done> done);

    // Accounts whose name contains `search`, to pick someone to add.
    void findUsers(const QString &search, QObject *context, Done<QList<UserSummary>> done);

private:
    ApiClient &m_client;
};

} // namespace adp::shared
