#include "TrackingTcpServer.h"

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

bool TrackingTcpServer::isIdle()
{
    m_connections.removeAll(nullptr);
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_connections)) {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() > 0)
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
