#include "AuditStreamsModule.h"

namespace adp::server {

AuditStreamsModule::AuditStreamsModule(const Plumbing &p, ports::AuditTrail &trail)
    : repository(p.database)
    , streams({p.database, repository, trail, p.secrets, p.audit, p.clock,
               http::TargetPolicy(p.config.allowLocalNotificationTargets)})
    , controller(streams)
    , m_plumbing(p)
    , m_trail(trail)
{
}

void AuditStreamsModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
}

void AuditStreamsModule::startSending()
{
    if (m_sender)
        return;
    const ServerConfig &config = m_plumbing.config;
    m_sender = std::make_unique<auditstreams::AuditStreamSender>(auditstreams::AuditStreamSender::Dependencies{
        repository, m_trail, m_plumbing.secrets, http::TargetPolicy(config.allowLocalNotificationTargets),
        m_plumbing.clock, config.notificationRetryBaseMs,
        config.extraCaFile.isEmpty() ? QList<QSslCertificate>() : QSslCertificate::fromPath(config.extraCaFile)});
    m_sender->start();
}

void AuditStreamsModule::stop()
{
    m_sender.reset();
}

} // namespace adp::server
