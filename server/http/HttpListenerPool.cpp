#include "HttpListenerPool.h"

#include <QAbstractHttpServer>
#include "TrackingTcpServer.h"

#include <QElapsedTimer>
#include <QThread>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace adp::server::http {

namespace {

// A bound, listening TCP socket with SO_REUSEPORT; -1 with `error` on failure.
int openListeningSocket(const QHostAddress &address, quint16 port, quint16 *boundPort, QString *error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &raw, sizeof raw);
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(fd, 1024) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) == 0) {
        *boundPort = v6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port)
                        : ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    }
    return fd;
}

} // namespace

struct HttpListenerPool::Worker
{
    std::unique_ptr<QThread> thread;
    QObject *anchor = nullptr; // lives in `thread`; parent of the server and its QTcpServer
    TrackingTcpServer *tcpServer = nullptr;
};

HttpListenerPool::HttpListenerPool(ServerFactory factory, int threads)
    : m_factory(std::move(factory)), m_threadCount(std::max(1, threads))
{}

HttpListenerPool::~HttpListenerPool()
{
    shutdown();
}

bool HttpListenerPool::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_address = address;
    for (int i = 0; i < m_threadCount; ++i) {
        quint16 bound = 0;
        const int fd = openListeningSocket(address, i == 0 ? port : m_port, &bound, error);
        if (fd < 0) {
            shutdown();
            return false;
        }
        if (i == 0)
            m_port = bound;

        auto worker = std::make_unique<Worker>();
        worker->thread = std::make_unique<QThread>();
        worker->thread->setObjectName(QStringLiteral("http-%1").arg(i));
        worker->thread->start();
        worker->anchor = new QObject;
        worker->anchor->moveToThread(worker->thread.get());
        bool adopted = false;
        Worker *raw = worker.get();
        QMetaObject::invokeMethod(worker->anchor, [this, raw, fd, &adopted]() {
            QAbstractHttpServer *server = m_factory();
            server->setParent(raw->anchor);
            raw->tcpServer = new TrackingTcpServer(raw->anchor);
            adopted = raw->tcpServer->setSocketDescriptor(fd);
            if (adopted)
                server->bind(raw->tcpServer);
        }, Qt::BlockingQueuedConnection);
        m_workers.push_back(std::move(worker));
        if (!adopted) {
            ::close(fd);
            *error = QStringLiteral("cannot adopt the listening socket");
            shutdown();
            return false;
        }
    }
    return true;
}

void HttpListenerPool::stopAccepting()
{
    for (const auto &worker : m_workers) {
        QMetaObject::invokeMethod(worker->anchor, [raw = worker.get()]() {
            if (raw->tcpServer) {
                raw->tcpServer->acceptBacklog();
                raw->tcpServer->close();
            }
        }, Qt::BlockingQueuedConnection);
    }
}

bool HttpListenerPool::drain(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        bool idle = true;
        for (const auto &worker : m_workers) {
            bool workerIdle = true;
            QMetaObject::invokeMethod(worker->anchor, [raw = worker.get(), &workerIdle]() {
                workerIdle = raw->tcpServer->isIdle();
            }, Qt::BlockingQueuedConnection);
            idle = idle && workerIdle;
        }
        if (idle)
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
}

void HttpListenerPool::shutdown()
{
    for (const auto &worker : m_workers) {
        QObject *anchor = worker->anchor;
        // Close and delete the servers in their own thread, then end it.
        QMetaObject::invokeMethod(anchor, [anchor, raw = worker.get()]() {
            raw->tcpServer->closeConnections();
            delete anchor;
        }, Qt::BlockingQueuedConnection);
        worker->thread->quit();
        worker->thread->wait();
    }
    m_workers.clear();
}

} // namespace adp::server::http
