#include "NotificationsModule.h"

#include "pipelines/PipelineProgress.h"

#include <QSslCertificate>

namespace adp::server {

NotificationsModule::NotificationsModule(const Plumbing &p, const access::ProjectGuard &guard,
                                         pipelines::PipelineProgress &progress, ports::PipelineDirectory &pipelines,
                                         ports::ProjectDirectory &projects, const ports::RepositoryAccessSource &tokens)
    : outbox(p.database, pipelines, p.clock)
    , ruleRepository(p.database)
    , rules({p.database, guard, ruleRepository, p.secrets, p.audit, p.clock,
             http::TargetPolicy(p.config.allowLocalNotificationTargets)})
    , controller(rules)
    , messenger(
          {rules, http::TargetPolicy(p.config.allowLocalNotificationTargets), p.clock,
           p.config.extraCaFile.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromPath(p.config.extraCaFile)})
    , m_plumbing(p)
    , m_pipelines(pipelines)
    , m_projects(projects)
    , m_tokens(tokens)
{
    progress.setStatusListener(&outbox);
}

void NotificationsModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
}

void NotificationsModule::startSending()
{
    if (m_sender)
        return;
    const ServerConfig &config = m_plumbing.config;
    m_sender = std::make_unique<notifications::DeliverySender>(notifications::DeliverySender::Dependencies{
        m_plumbing.database, m_pipelines, m_projects, outbox, rules, m_tokens,
        http::TargetPolicy(config.allowLocalNotificationTargets), m_plumbing.clock,
        [publicUrl = m_plumbing.publicUrl]() { return publicUrl().toString(QUrl::StripTrailingSlash); },
        config.notificationRetryBaseMs,
        config.extraCaFile.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromPath(config.extraCaFile)});
    m_sender->start();
}

void NotificationsModule::stop()
{
    m_sender.reset();
}

} // namespace adp::server
