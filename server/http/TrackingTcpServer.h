#pragma once

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QList>

namespace adp::server::http {

// A QTcpServer that remembers the connections it handed out, so a graceful
// shutdown can wait until none holds an unanswered request.
class TrackingTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

    QTcpSocket *nextPendingConnection() override;
    void acceptBacklog();
    // True when no open connection has request bytes waiting to be handled.
    // Called in this server's thread, where no handler can be mid-request.
    bool isIdle();
    void closeConnections();

private:
    QList<QPointer<QTcpSocket>> m_connections;
};

} // namespace adp::server::http
