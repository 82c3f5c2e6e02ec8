#pragma once

#include "shared/costs/CostSavings.h"

namespace adp::server::ports {

// Ways a project could spend less, for features that are not costs/ (the assistants); implemented
// by costs/, which alone weighs them. The caller has already decided who may ask.
class ProjectSavings
{
public:
    virtual ~ProjectSavings() = default;
    virtual shared::costs::CostSavings savingsOf(qint64 organisationId, qint64 projectId) = 0;
};

} // namespace adp::server::ports
