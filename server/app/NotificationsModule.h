#pragma once

#include "Plumbing.h"
#include "notifications/DeliverySender.h"
#include "notifications/NotificationRulesController.h"
#include "notifications/Outbox.h"
#include "notifications/RuleMessenger.h"

#include <memory>

namespace adp::server {

namespace pipelines {
class PipelineProgress;
}

// Telling the outside world: notification rules and their routes, the outbox filled with each
// pipeline status change, and the thread that sends what it holds.
struct NotificationsModule
{
    NotificationsModule(const Plumbing &plumbing, const access::ProjectGuard &guard,
                        pipelines::PipelineProgress &progress, ports::PipelineDirectory &pipelines,
                        ports::ProjectDirectory &projects, const ports::RepositoryAccessSource &tokens);
    void registerRoutes(http::Router &router);
    void startSending();
    void stop(); // after the delivery in hand; claimed ones are taken up again later

    notifications::Outbox outbox;
    notifications::NotificationRuleRepository ruleRepository;
    notifications::NotificationRules rules;
    notifications::NotificationRulesController controller;
    notifications::RuleMessenger messenger; // other features' messages through a rule

private:
    const Plumbing &m_plumbing;
    ports::PipelineDirectory &m_pipelines;
    ports::ProjectDirectory &m_projects;
    const ports::RepositoryAccessSource &m_tokens;
    std::unique_ptr<notifications::DeliverySender> m_sender;
};

} // namespace adp::server
