#include "SavingsService.h"

#include "PromptBuilder.h"
#include "Redactor.h"

namespace adp::server::ai {

Outcome<shared::SpendingAdvice> SavingsService::advise(const MutationContext &context, const QString &projectKey,
                                                       std::optional<qint64> providerId,
                                                       const shared::FieldErrors &invalid)
{
    const auto found = m.guard.authorize(context, projectKey, QStringLiteral("ai.savings"));
    if (!found.ok())
        return found.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    const shared::Project &project = found.value().project;
    shared::SpendingAdvice advice;
    advice.project = project.slug;
    advice.savings = m.savings.savingsOf(found.value().organisationId, project.id);
    advice.pipelines = m.advice.adviceFor(project);
    const auto asked =
        m.questions.ask(context,
                        {found.value().organisationId, project.id, project.slug, QStringLiteral("savings"),
                         QStringLiteral("spending"), std::nullopt, providerId},
                        [&]() {
                            const Redactor redactor(m.secrets.maskedValues(project.id));
                            return PromptBuilder(redactor).spendLess(advice);
                        });
    if (!asked.ok())
        return asked.error();
    advice.answer = asked.value().answer;
    advice.note = asked.value().note;
    return advice;
}

} // namespace adp::server::ai
