#pragma once

#include "HttpLimits.h"

#include <QHostAddress>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QThread;
class QThreadPool;
class QObject;

namespace adp::server::http {

class HttpServer;
class ConnectionLimiter;

// Runs N HttpServer instances, one per thread, behind one listening socket.
// The socket is this process's alone (no SO_REUSEPORT: a second server on the
// same port is refused, never handed half the clients); an accepting thread
// takes each connection, refuses an address past its connection cap, and
// hands the rest to the HTTP threads in turn. Routes marked slow run on a
// shared pool so no HTTP thread stops answering while one plans or fetches.
class HttpListenerPool
{
public:
    using ServerFactory = std::function<HttpServer *()>;

    HttpListenerPool(ServerFactory factory, int threads, HttpLimits limits);
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
    class Acceptor;
    static constexpr int kStreamThreads = 4; // exports at once; a fifth waits for one to end

    ServerFactory m_factory;
    int m_threadCount;
    HttpLimits m_limits;
    quint16 m_port = 0;
    QHostAddress m_address;
    std::unique_ptr<ConnectionLimiter> m_limiter;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::unique_ptr<QThreadPool> m_slowWork;   // routes marked slow, shared by every HTTP thread
    std::unique_ptr<QThreadPool> m_streamWork; // streamed bodies; more wait their turn
    std::unique_ptr<QThread> m_acceptThread;
    Acceptor *m_acceptor = nullptr;
};

} // namespace adp::server::http
