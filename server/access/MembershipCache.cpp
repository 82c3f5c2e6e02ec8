#include "MembershipCache.h"

#include "shared/core/Roles.h"

namespace adp::server::access {

Memberships::Index::Index(const Memberships &memberships)
    : organisations(memberships.organisations.cbegin(), memberships.organisations.cend())
    , managed(memberships.managed.cbegin(), memberships.managed.cend())
    , projects(memberships.projects.cbegin(), memberships.projects.cend())
{
}

bool Memberships::Index::sees(qint64 projectId, qint64 organisationId, const QString &visibility) const
{
    return visibility == u"public" || managed.contains(organisationId) || projects.contains(projectId) ||
           (visibility == u"internal" && organisations.contains(organisationId));
}

Memberships MembershipCache::load(const storage::Executor &run, qint64 userId)
{
    const auto rows =
        run(QStringLiteral("SELECT 'o', organisation_id, role FROM organisation_members WHERE user_id = ? "
                           "UNION ALL SELECT 'p', project_id, '' FROM project_members WHERE user_id = ? "
                           "UNION ALL SELECT 'p', pm.project_id, '' FROM project_members pm "
                           "WHERE pm.team_id IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ?)"),
            {userId, userId, userId});
    Memberships memberships;
    for (int row = 0; row < rows.size(); ++row) {
        const qint64 id = rows.value(row, 1).toLongLong();
        if (rows.value(row, 0).toString() == u"p") {
            memberships.projects.append(id);
            continue;
        }
        memberships.organisations.append(id);
        const auto role = shared::organisationRoleFromString(rows.value(row, 2).toString());
        if (role == shared::OrganisationRole::Owner || role == shared::OrganisationRole::Admin)
            memberships.managed.append(id);
    }
    memberships.index = Memberships::Index(memberships);
    return memberships;
}

std::shared_ptr<const Memberships> MembershipCache::of(const storage::Executor &run, qint64 userId)
{
    if (auto cached = m_entries.find(userId))
        return *cached;
    const quint64 generation = m_entries.generation();
    auto loaded = std::make_shared<const Memberships>(load(run, userId));
    m_entries.keep(userId, generation, loaded);
    return loaded;
}

bool InvalidatingPublisher::changesMemberships(const QString &topic, const QString &type)
{
    return topic == u"organisations" || type == u"project.created" || type == u"project.deleted" ||
           type == u"project.members.changed";
}

void InvalidatingPublisher::publish(const QString &topic, const QString &type, const QJsonObject &data,
                                    const events::Audience &audience)
{
    if (changesMemberships(topic, type))
        m_cache.invalidate();
    m_inner.publish(topic, type, data, audience);
}

} // namespace adp::server::access
