#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace adp::shared {

// A project role, granted to a user or a team; GitLab's ladder without Guest
// and Owner. The values order the roles: a higher role may do everything a
// lower one may.
enum class ProjectRole { None = 0, Viewer = 10, Reporter = 20, Developer = 30, Maintainer = 40 };

// A role in an organisation. Owners and admins act as maintainers of every
// project in it; only owners make or remove owners.
enum class OrganisationRole { None = 0, Member = 10, Admin = 40, Owner = 50 };

QString projectRoleToString(ProjectRole role);
std::optional<ProjectRole> projectRoleFromString(const QString &text);
QStringList projectRoleNames(); // lowest first

QString organisationRoleToString(OrganisationRole role);
std::optional<OrganisationRole> organisationRoleFromString(const QString &text);
QStringList organisationRoleNames(); // lowest first

} // namespace adp::shared
