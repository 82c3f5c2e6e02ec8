#include "Roles.h"

namespace adp::shared {

namespace {
template <typename Role> struct RoleName
{
    Role role;
    const char *name;
};

const RoleName<ProjectRole> kProjectRoles[] = {
    {ProjectRole::Viewer, "viewer"},
    {ProjectRole::Reporter, "reporter"},
    {ProjectRole::Developer, "developer"},
    {ProjectRole::Maintainer, "maintainer"},
};

const RoleName<OrganisationRole> kOrganisationRoles[] = {
    {OrganisationRole::Member, "member"},
    {OrganisationRole::Admin, "admin"},
    {OrganisationRole::Owner, "owner"},
};

template <typename Role, std::size_t N> QString nameOf(const RoleName<Role> (&table)[N], Role role)
{
    for (const auto &entry : table) {
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("none");
}

template <typename Role, std::size_t N>
std::optional<Role> roleNamed(const RoleName<Role> (&table)[N], const QString &text)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.name))
            return entry.role;
    }
    return std::nullopt;
}

template <typename Role, std::size_t N> QStringList namesOf(const RoleName<Role> (&table)[N])
{
    QStringList names;
    for (const auto &entry : table)
        names.append(QString::fromLatin1(entry.name));
    return names;
}
} // namespace

QString projectRoleToString(ProjectRole role)
{
    return nameOf(kProjectRoles, role);
}
std::optional<ProjectRole> projectRoleFromString(const QString &text)
{
    return roleNamed(kProjectRoles, text);
}
QStringList projectRoleNames()
{
    return namesOf(kProjectRoles);
}

QString organisationRoleToString(OrganisationRole role)
{
    return nameOf(kOrganisationRoles, role);
}
std::optional<OrganisationRole> organisationRoleFromString(const QString &text)
{
    return roleNamed(kOrganisationRoles, text);
}
QStringList organisationRoleNames()
{
    return namesOf(kOrganisationRoles);
}

} // namespace adp::shared
