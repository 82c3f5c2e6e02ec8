#pragma once

#include <QHostAddress>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QThread;
class QObject;
class QAbstractHttpServer;

namespace adp::server::http {

// Runs N HttpServer instances, one per thread, on one address. Each thread
// has its own listening socket with SO_REUSEPORT, so the kernel spreads
// connections over the threads and no request waits for another's handler.
class HttpListenerPool
{
public:
    using ServerFactory = std::function<QAbstractHttpServer *()>;

    HttpListenerPool(ServerFactory factory, int threads);
    ~HttpListenerPool();

    // Port 0 picks a free port. Returns false with `error` set on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }

    // Stop taking new connections; requests already being handled finish.
    void stopAccepting();
    // Waits until no connection holds an unanswered request, at most `timeoutMs`;
    // false when some were still busy.
    bool drain(int timeoutMs);
    // Tear down servers and threads (after stopAccepting and a drain).
    void shutdown();

private:
    struct Worker;

    ServerFactory m_factory;
    int m_threadCount;
    quint16 m_port = 0;
    QHostAddress m_address;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace adp::server::http
