#include "FakeHttpServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace adp::test {

namespace {

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    default:
        return status >= 500 ? "Server Error" : "Status";
    }
}

// A complete request in `buffer`, or nothing yet.
std::optional<FakeHttpServer::Request> parse(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    FakeHttpServer::Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(end + 4, length);
    return request;
}

} // namespace

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
                    const auto request = parse(*buffer);
                    if (!request)
                        return;
                    buffer->clear();
                    {
                        QMutexLocker lock(&m_mutex);
                        m_requests.append(*request);
                    }
                    const Responder respond = responder();
                    const Response response = respond ? respond(*request) : Response{};
                    const auto answer = [socket, response]() {
                        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                                          reasonOf(response.status) + "\r\nContent-Type: " + response.contentType +
                                          "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                                          "\r\nConnection: close\r\n\r\n";
                        socket->write(head + response.body);
                        socket->disconnectFromHost();
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
