#include "FakeHttpServer.h"

#include "HttpWire.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace adp::test {

FakeHttpServer::FakeHttpServer(Responder respond)
    : m_respond(std::move(respond))
{
    QSemaphore listening;
    m_thread.reset(QThread::create([this, &listening]() {
        QTcpServer server;
        QEventLoop loop;
        m_loop = &loop;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        listening.release();
        if (!m_port)
            return;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server]() {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer]() {
                    buffer->append(socket->readAll());
                    const auto read = readHttpRequest(*buffer);
                    if (!read)
                        return;
                    const Request *request = &read->first;
                    buffer->clear();
                    {
                        QMutexLocker lock(&m_mutex);
                        m_requests.append(*request);
                    }
                    const Responder respond = responder();
                    const Response response = respond ? respond(*request) : Response{};
                    const auto answer = [socket, response]() {
                        const bool streamed = !response.pieces.isEmpty();
                        QByteArray head =
                            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                            httpReasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType +
                            (response.location.isEmpty() ? QByteArray() : "\r\nLocation: " + response.location) +
                            (streamed ? QByteArray()
                                      : "\r\nContent-Length: " + QByteArray::number(response.body.size())) +
                            "\r\nConnection: close\r\n" + response.headers + "\r\n";
                        if (!streamed) {
                            socket->write(head + response.body);
                            socket->disconnectFromHost();
                            return;
                        }
                        socket->write(head);
                        auto next = std::make_shared<qsizetype>(0);
                        auto *timer = new QTimer(socket);
                        timer->setInterval(response.pieceDelayMs);
                        QObject::connect(timer, &QTimer::timeout, socket, [socket, response, next, timer]() {
                            if (*next >= response.pieces.size()) {
                                timer->stop();
                                socket->disconnectFromHost();
                                return;
                            }
                            socket->write(response.pieces.at((*next)++));
                        });
                        timer->start();
                    };
                    if (response.delayMs > 0)
                        QTimer::singleShot(response.delayMs, socket, answer);
                    else
                        answer();
                });
            }
        });
        loop.exec();
    }));
    m_thread->start();
    listening.acquire();
}

FakeHttpServer::~FakeHttpServer()
{
    if (m_port)
        QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_thread->wait();
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QList<FakeHttpServer::Request> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

bool FakeHttpServer::waitForRequests(int count, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (requests().size() >= count)
            return true;
        QThread::msleep(20);
    }
    return requests().size() >= count;
}

void FakeHttpServer::setResponder(Responder respond)
{
    QMutexLocker lock(&m_mutex);
    m_respond = std::move(respond);
}

FakeHttpServer::Responder FakeHttpServer::responder() const
{
    QMutexLocker lock(&m_mutex);
    return m_respond;
}

} // namespace adp::test
