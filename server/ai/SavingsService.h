#pragma once

#include "AdviceService.h"
#include "ModelQuestions.h"
#include "ports/ProjectSavings.h"
#include "ports/ProjectSecrets.h"
#include "shared/core/SpendingAdvice.h"

namespace adp::server::ai {

// "How can this project spend less?" — the savings the cost module weighs for the project over
// its last 30 days and its pipelines' own advice; then, when the organisation has a model, its
// plan on the same figures, streamed to whoever asked.
class SavingsService
{
public:
    struct Dependencies
    {
        const access::ProjectGuard &guard;
        ports::ProjectSavings &savings;
        AdviceService &advice;
        const ports::ProjectSecrets &secrets;
        ModelQuestions &questions;
    };
    explicit SavingsService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::SpendingAdvice> advise(const MutationContext &context, const QString &project,
                                           std::optional<qint64> providerId, const shared::FieldErrors &invalid);

private:
    Dependencies m;
};

} // namespace adp::server::ai
