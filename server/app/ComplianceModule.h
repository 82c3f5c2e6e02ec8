#pragma once

#include "Plumbing.h"
#include "compliance/ComplianceController.h"
#include "compliance/ComplianceMailer.h"
#include "compliance/ComplianceSchedulesController.h"

#include <memory>

namespace adp::server {

struct AuditModule;

// Compliance checks over the trail and what the features hold, the scheduled reports sent
// through notification rules, their routes, and the thread that sends them.
struct ComplianceModule
{
    ComplianceModule(const Plumbing &plumbing, AuditModule &audit, compliance::ComplianceSources sources,
                     ports::RuleChannels &rules);
    void registerRoutes(http::Router &router);
    void startSending();
    void stop(); // after the report in hand; a claimed schedule is taken up again later

    compliance::ComplianceChecks checks;
    compliance::ComplianceService service;
    compliance::ComplianceController controller;
    compliance::ComplianceScheduleRepository scheduleRepository;
    compliance::ComplianceSchedules schedules;
    compliance::ComplianceSchedulesController schedulesController;

private:
    const Plumbing &m_plumbing;
    ports::RuleChannels &m_rules;
    std::unique_ptr<compliance::ComplianceMailer> m_mailer;
};

} // namespace adp::server
