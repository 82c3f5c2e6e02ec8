#include "RiskService.h"

#include "PromptBuilder.h"
#include "Redactor.h"
#include "RiskRules.h"

namespace adp::server::ai {

Outcome<shared::DeploymentRisk> RiskService::assess(const MutationContext &context, const QString &projectKey,
                                                    qint64 iid, std::optional<qint64> providerId,
                                                    const shared::FieldErrors &invalid)
{
    const auto found = m.guard.authorize(context, projectKey, QStringLiteral("ai.risk"));
    if (!found.ok())
        return found.error();
    const shared::Project &project = found.value().project;
    const auto facts = m.deployments.factsOf(project.id, iid);
    if (!facts)
        return ServiceError::notFound(QStringLiteral("Deployment"));
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    shared::DeploymentRisk risk;
    risk.iid = facts->deployment.iid;
    risk.environment = facts->deployment.environment;
    QByteArray diff;
    if (facts->previousSuccess && !project.repositoryUrl.isEmpty()) {
        auto change = m.review.changeBetween(project, facts->previousSuccess->sha, facts->deployment.sha);
        if (!change.ok())
            return change.error();
        risk.change = change.value().review;
        risk.change->from = QStringLiteral("#%1").arg(facts->previousSuccess->iid);
        risk.change->to = QStringLiteral("#%1").arg(facts->deployment.iid);
        diff = change.value().diff;
    }
    risk.reasons = RiskRules::reasonsFor(*facts, risk.change);
    risk.level = RiskRules::levelOf(risk.reasons);
    const auto asked = m.questions.ask(
        context,
        {found.value().organisationId, project.id, project.slug, QStringLiteral("risk"),
         QStringLiteral("deployment #%1").arg(iid),
         facts->deployment.jobId > 0 ? std::optional<qint64>(facts->deployment.jobId) : std::nullopt, providerId},
        [&]() {
            const Redactor redactor(m.secrets.maskedValues(project.id));
            return PromptBuilder(redactor).assessDeployment(*facts, risk, diff);
        });
    if (!asked.ok())
        return asked.error();
    risk.answer = asked.value().answer;
    risk.note = asked.value().note;
    return risk;
}

} // namespace adp::server::ai
