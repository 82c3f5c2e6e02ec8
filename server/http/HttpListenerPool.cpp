#include "HttpListenerPool.h"

#include "ConnectionLimiter.h"
#include "HttpServer.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QThread>
#include <QThreadPool>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace adp::server::http {

namespace {

// A bound, listening TCP socket that no other process can share; -1 with `error` on failure.
int openListeningSocket(const QHostAddress &address, quint16 port, quint16 *boundPort, QString *error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    // SO_REUSEADDR only lets us bind over connections in TIME_WAIT after a restart; on Linux it
    // never lets two listeners share a port (SO_REUSEPORT would, and is deliberately not set).
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
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
        *error = errno == EADDRINUSE ? QStringLiteral("the port is already in use by another process")
                                     : QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) == 0) {
        *boundPort = v6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port)
                        : ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    }
    return fd;
}

QString peerOf(qintptr descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<sockaddr *>(&storage)).toString();
}

} // namespace

struct HttpListenerPool::Worker
{
    std::unique_ptr<QThread> thread;
    QObject *anchor = nullptr; // lives in `thread`; parent of the server
    HttpServer *server = nullptr;
};

// Takes connections off the listening socket in its own thread and deals them out.
class HttpListenerPool::Acceptor : public QTcpServer
{
public:
    Acceptor(HttpListenerPool &pool)
        : m_pool(pool)
    {
    }

    // Connections the kernel completed but nobody accepted yet are clients
    // waiting for an answer too: take them before the listener closes.
    void acceptBacklog()
    {
        while (isListening() && waitForNewConnection(0)) {
        }
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        const QString peer = peerOf(descriptor);
        if (!m_pool.m_limiter->acquire(peer)) {
            ::close(int(descriptor)); // past its cap: the address gets nothing more from us
            return;
        }
        Worker *worker = m_pool.m_workers.at(m_next++ % m_pool.m_workers.size()).get();
        ConnectionLimiter *limiter = m_pool.m_limiter.get();
        QMetaObject::invokeMethod(
            worker->server,
            [server = worker->server, descriptor, limiter, peer]() {
                server->adopt(descriptor, [limiter, peer]() { limiter->release(peer); });
            },
            Qt::QueuedConnection);
    }

private:
    HttpListenerPool &m_pool;
    size_t m_next = 0;
};

HttpListenerPool::HttpListenerPool(ServerFactory factory, int threads, HttpLimits limits)
    : m_factory(std::move(factory))
    , m_threadCount(std::max(1, threads))
    , m_limits(limits)
    , m_limiter(std::make_unique<ConnectionLimiter>(limits.maxConnectionsPerAddress))
    , m_slowWork(std::make_unique<QThreadPool>())
    , m_streamWork(std::make_unique<QThreadPool>())
{
    m_slowWork->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_streamWork->setMaxThreadCount(kStreamThreads);
}

HttpListenerPool::~HttpListenerPool()
{
    shutdown();
}

bool HttpListenerPool::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_address = address;
    const int fd = openListeningSocket(address, port, &m_port, error);
    if (fd < 0)
        return false;
    for (int i = 0; i < m_threadCount; ++i) {
        auto worker = std::make_unique<Worker>();
        worker->thread = std::make_unique<QThread>();
        worker->thread->setObjectName(QStringLiteral("http-%1").arg(i));
        worker->thread->start();
        worker->anchor = new QObject;
        worker->anchor->moveToThread(worker->thread.get());
        Worker *raw = worker.get();
        QMetaObject::invokeMethod(
            worker->anchor,
            [this, raw]() {
                raw->server = m_factory();
                raw->server->setParent(raw->anchor);
                raw->server->setSlowWork(m_slowWork.get());
                raw->server->setStreamWork(m_streamWork.get());
            },
            Qt::BlockingQueuedConnection);
        m_workers.push_back(std::move(worker));
    }
    m_acceptThread = std::make_unique<QThread>();
    m_acceptThread->setObjectName(QStringLiteral("http-accept"));
    m_acceptThread->start();
    bool adopted = false;
    m_acceptor = new Acceptor(*this);
    m_acceptor->moveToThread(m_acceptThread.get());
    QMetaObject::invokeMethod(
        m_acceptor, [this, fd, &adopted]() { adopted = m_acceptor->setSocketDescriptor(fd); },
        Qt::BlockingQueuedConnection);
    if (!adopted) {
        ::close(fd);
        *error = QStringLiteral("cannot adopt the listening socket");
        shutdown();
        return false;
    }
    return true;
}

void HttpListenerPool::stopAccepting()
{
    if (!m_acceptor)
        return;
    QMetaObject::invokeMethod(
        m_acceptor,
        [this]() {
            m_acceptor->acceptBacklog();
            m_acceptor->close();
        },
        Qt::BlockingQueuedConnection);
    // What the acceptor dealt out is queued to the HTTP threads; let them take it.
    for (const auto &worker : m_workers)
        QMetaObject::invokeMethod(
            worker->anchor, [] {}, Qt::BlockingQueuedConnection);
}

bool HttpListenerPool::drain(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        bool idle = true;
        for (const auto &worker : m_workers) {
            bool workerIdle = true;
            QMetaObject::invokeMethod(
                worker->anchor, [raw = worker.get(), &workerIdle]() { workerIdle = raw->server->isIdle(); },
                Qt::BlockingQueuedConnection);
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
    if (m_acceptor) {
        QMetaObject::invokeMethod(
            m_acceptor,
            [this]() {
                m_acceptor->close();
                delete m_acceptor;
            },
            Qt::BlockingQueuedConnection);
        m_acceptor = nullptr;
        m_acceptThread->quit();
        m_acceptThread->wait();
    }
    // Slow work still running answers servers that must still be there.
    m_slowWork->waitForDone();
    for (const auto &worker : m_workers) {
        QObject *anchor = worker->anchor;
        // Close and delete the server and its connections in their own thread, then end it.
        QMetaObject::invokeMethod(
            anchor,
            [anchor, raw = worker.get()]() {
                if (raw->server)
                    raw->server->closeConnections();
                delete anchor;
            },
            Qt::BlockingQueuedConnection);
        worker->thread->quit();
        worker->thread->wait();
    }
    m_workers.clear();
    m_streamWork->waitForDone(); // the connections are gone: every producer's next write stops it
}

} // namespace adp::server::http
