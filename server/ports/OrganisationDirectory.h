#pragma once

#include "shared/core/Organisation.h"

#include <optional>

namespace adp::server::ports {

// Looks organisations and their teams up for features that are not orgs/ (implemented by its
// repositories). Only orgs/ writes their tables.
class OrganisationDirectory
{
public:
    virtual ~OrganisationDirectory() = default;
    // `key` is a numeric id or a slug.
    virtual std::optional<shared::Organisation> find(const QString &key) = 0;
};

class TeamDirectory
{
public:
    virtual ~TeamDirectory() = default;
    // `key` is a numeric id or a slug, within the organisation: another organisation's team is not found.
    virtual std::optional<shared::Team> find(qint64 organisationId, const QString &key) = 0;
};

} // namespace adp::server::ports
