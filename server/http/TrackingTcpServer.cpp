#include "TrackingTcpServer.h"

#include <sys/ioctl.h>

namespace adp::server::http {

QTcpSocket *TrackingTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket) {
        m_connections.removeAll(nullptr);
        m_connections.append(socket);
    }
    return socket;
}

void TrackingTcpServer::acceptBacklog()
{
    // Connections the kernel completed but nobody accepted yet are clients
    // waiting for an answer too: take them before the listener closes.
    while (isListening() && waitForNewConnection(0)) {
    }
}

bool TrackingTcpServer::isIdle()
{
    m_connections.removeAll(nullptr);
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_connections)) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue;
        // Bytes Qt has read but not parsed, or the kernel holds but Qt has not read yet.
        int unread = 0;
        ::ioctl(int(socket->socketDescriptor()), FIONREAD, &unread);
        if (socket->bytesAvailable() > 0 || unread > 0)
            return false;
    }
    return true;
}

void TrackingTcpServer::closeConnections()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_connections)) {
        if (socket)
            socket->disconnectFromHost();
    }
}

} // namespace adp::server::http
