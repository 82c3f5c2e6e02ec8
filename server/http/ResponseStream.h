#pragma once

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>
#include <functional>

namespace adp::server::http {

// A response body made while it is sent (an export of a million audit events): the producer
// runs on a worker thread and writes pieces; the connection sends each as it comes, chunked,
// with at most kMaxQueuedBytes waiting for a slow client, so memory stays flat whatever the size.
// A producer that throws ends the body without its last chunk: the client sees a cut transfer,
// never a short body passed off as complete.
class ResponseStream
{
public:
    using Producer = std::function<void(ResponseStream &stream)>;
    static constexpr qsizetype kMaxQueuedBytes = 1 << 20;

    explicit ResponseStream(Producer producer)
        : m_producer(std::move(producer))
    {
    }

    // Producer side: waits while the client is behind; false once nobody reads (stop then).
    bool write(QByteArray piece);

    // Connection side. run() is what the worker thread does: the producer, then the end.
    void run();
    // Called (from any thread) whenever there is something to take; cleared by abandon().
    void setWake(std::function<void()> wake);
    struct Taken
    {
        QByteArray bytes;
        bool ended = false;  // all of it was written
        bool failed = false; // the producer gave up
    };
    Taken take();
    // The client is gone or the server stops: the producer's next write() says so.
    void abandon();

private:
    Producer m_producer;
    QMutex m_mutex;
    QWaitCondition m_room;
    QByteArray m_queued;
    std::function<void()> m_wake;
    bool m_ended = false;
    bool m_failed = false;
    bool m_abandoned = false;
};

} // namespace adp::server::http
