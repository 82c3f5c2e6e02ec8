#include "ComplianceModule.h"

#include "AuditModule.h"
#include "audit/AuditVerifier.h"

namespace adp::server {

namespace {
compliance::ComplianceSources withChainOf(compliance::ComplianceSources sources, AuditModule &audit)
{
    sources.verifyChain = [&audit] { return audit::AuditVerifier(audit.repository, audit.chain).verify(); };
    return sources;
}
} // namespace

ComplianceModule::ComplianceModule(const Plumbing &p, AuditModule &audit, compliance::ComplianceSources sources,
                                   ports::RuleChannels &rules)
    : checks(withChainOf(std::move(sources), audit), p.clock)
    , service(p.database, checks, p.audit, audit.sealer)
    , controller(service)
    , scheduleRepository(p.database)
    , schedules({p.database, scheduleRepository, rules, p.audit, p.clock})
    , schedulesController(schedules)
    , m_plumbing(p)
    , m_rules(rules)
{
}

void ComplianceModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
    schedulesController.registerRoutes(router);
}

void ComplianceModule::startSending()
{
    if (m_mailer)
        return;
    m_mailer = std::make_unique<compliance::ComplianceMailer>(compliance::ComplianceMailer::Dependencies{
        scheduleRepository, checks, m_rules, m_plumbing.clock, m_plumbing.config.notificationRetryBaseMs});
    m_mailer->start();
}

void ComplianceModule::stop()
{
    m_mailer.reset();
}

} // namespace adp::server
