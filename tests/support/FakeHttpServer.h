#pragma once

#include "HttpWire.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <functional>
#include <memory>

class QEventLoop;

namespace adp::test {

// A plain HTTP/1.1 server on a free loopback port, in its own thread, that
// records every request and answers each with what `respond` returns: the
// stand-in for GitHub's and GitLab's APIs, chat services' webhooks and git
// hosts, checked by what arrives. One request per connection.
class FakeHttpServer
{
public:
    using Request = HttpWireRequest;
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        int delayMs = 0;     // answer this late (a slow target)
        QByteArray location; // a redirect's target
        // A streamed answer instead of `body`: each piece written `pieceDelayMs` after the one before,
        // with no Content-Length, then the connection closed (a stream cut short is one whose pieces stop).
        QList<QByteArray> pieces;
        int pieceDelayMs = 0;
        QByteArray headers; // more header lines, each ending in \r\n (Retry-After: 1)
    };
    using Responder = std::function<Response(const Request &)>;

    explicit FakeHttpServer(Responder respond = {});
    ~FakeHttpServer();
    bool ok() const { return m_port != 0; }
    QUrl url() const;
    QList<Request> requests() const;
    // Waits (processing nothing of the caller's) until `count` requests arrived.
    bool waitForRequests(int count, int timeoutMs = 15000) const;
    void setResponder(Responder respond);

private:
    void serve();
    Responder responder() const;

    mutable QMutex m_mutex;
    Responder m_respond;
    QList<Request> m_requests;
    std::unique_ptr<QThread> m_thread;
    QEventLoop *m_loop = nullptr; // the serving thread's, to end it
    quint16 m_port = 0;
};

} // namespace adp::test
