#include "HttpConnection.h"

#include "shared/core/ErrorCodes.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <climits>
#include <spdlog/spdlog.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace adp::server::http {

namespace errorcodes = shared::errorcodes;

namespace {

constexpr qint64 kReadBufferBytes = 64 * 1024;  // Qt reads no further ahead; TCP pushes back on the client
constexpr qint64 kMaxUnsentBytes = 1024 * 1024; // answers waiting for a slow reader before we stop reading
constexpr int kLingerMs = 5000;                 // for a closing client to take its last answer
constexpr int kStreamStallMs = 60000;           // a streamed body's client that takes nothing for this long goes

Method methodOf(unsigned int method)
{
    switch (method) {
    case HTTP_GET:
        return Method::Get;
    case HTTP_POST:
        return Method::Post;
    case HTTP_PUT:
        return Method::Put;
    case HTTP_PATCH:
        return Method::Patch;
    case HTTP_DELETE:
        return Method::Delete;
    case HTTP_HEAD:
        return Method::Head;
    case HTTP_OPTIONS:
        return Method::Options;
    default:
        return Method::Unknown;
    }
}

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

HttpConnection *self(http_parser *parser)
{
    return static_cast<HttpConnection *>(parser->data);
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() && text.size() <= 18 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

QString requestIdFor(const QByteArray &given)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!given.isEmpty() && valid.match(QString::fromLatin1(given)).hasMatch())
        return QString::fromLatin1(given);
    // Random per-thread prefix + counter: unique without a syscall per request.
    thread_local const QString prefix = QString::number(QRandomGenerator::system()->generate64(), 16).left(10);
    thread_local quint64 counter = 0;
    return prefix + u'-' + QString::number(++counter, 16);
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handlers handlers, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handlers(std::move(handlers))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this]() {
        if (m_phase == Phase::Closing) {
            if (m_socket->bytesToWrite() == 0)
                finishClosing();
            return;
        }
        if (m_phase == Phase::Streaming) {
            arm(kStreamStallMs);
            pumpStream();
            return;
        }
        if (m_socket->bytesToWrite() < kMaxUnsentBytes)
            process();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this]() {
        if (m_stream)
            m_stream->abandon();
        m_phase = Phase::Closing;
        m_timer.stop();
        deleteLater();
    });
    arm(m_limits.headerTimeoutMs); // a client that connects and says nothing goes too
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    if (m_stream)
        m_stream->abandon();
    if (!m_closedReported && m_handlers.closed) {
        m_closedReported = true;
        m_handlers.closed();
    }
}

bool HttpConnection::isBusy() const
{
    if (m_phase == Phase::Head || m_phase == Phase::Body || m_phase == Phase::Waiting || m_phase == Phase::Streaming ||
        !m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        return true;
    int unread = 0; // bytes the kernel holds that Qt has not read yet
    ::ioctl(int(m_socket->socketDescriptor()), FIONREAD, &unread);
    return unread > 0;
}

void HttpConnection::close()
{
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost();
}

void HttpConnection::arm(int milliseconds)
{
    m_timer.start(milliseconds);
}

void HttpConnection::onTimeout()
{
    if (m_phase == Phase::Streaming) {
        spdlog::warn("a client took nothing of a streamed answer for {} s: closed", kStreamStallMs / 1000);
        m_socket->abort();
        return;
    }
    if (m_phase == Phase::Head || m_phase == Phase::Body) {
        refuse(408, errorcodes::BadRequest, QStringLiteral("The request did not arrive in time"));
        return;
    }
    m_socket->abort(); // idle, or a closing client that never took its answer
}

void HttpConnection::onReadyRead()
{
    if (m_phase == Phase::Closing) {
        m_socket->readAll(); // a refused body still arriving: dropped, so the client can read our answer
        return;
    }
    if (m_phase == Phase::Waiting || m_phase == Phase::Streaming)
        return; // left in the socket's bounded buffer until the answer is out

    // At the start of a request the socket keeps what is read, so a WebSocket
    // handshake can be given back whole to the WebSocket server.
    if (m_buffer.isEmpty() && m_phase == Phase::Idle && !m_socket->isTransactionStarted()) {
        m_socket->startTransaction();
        m_inTransaction = true;
    }
    m_buffer += m_socket->readAll();
    process();
}

void HttpConnection::process()
{
    while (!m_buffer.isEmpty() && m_phase != Phase::Closing && m_phase != Phase::Waiting &&
           m_phase != Phase::Streaming) {
        if (m_socket->bytesToWrite() >= kMaxUnsentBytes)
            return; // a slow reader: answer more once it took what is waiting
        if (m_phase == Phase::Idle) {
            m_phase = Phase::Head;
            arm(m_limits.headerTimeoutMs);
        }
        const size_t parsed =
            http_parser_execute(&m_parser, &parserSettings(), m_buffer.constData(), size_t(m_buffer.size()));
        const auto error = http_errno(m_parser.http_errno);
        m_buffer.remove(0, qsizetype(parsed));
        if (m_phase == Phase::Closing)
            return; // a callback refused the request
        if (error == HPE_PAUSED) {
            http_parser_pause(&m_parser, 0);
            if (m_early) {
                write(*m_early, true);
                return;
            }
            if (m_complete) {
                const HttpRequest request = std::move(m_request);
                resetRequest();
                answer(request);
            }
            continue;
        }
        if (error != HPE_OK) {
            if (error == HPE_HEADER_OVERFLOW)
                refuse(431, errorcodes::BadRequest, QStringLiteral("The request's headers are too large"));
            else
                refuse(400, errorcodes::BadRequest,
                       QStringLiteral("Malformed HTTP request: %1")
                           .arg(QString::fromLatin1(http_errno_description(error))));
            return;
        }
        if (parsed == 0)
            return;
    }
}

void HttpConnection::resetRequest()
{
    m_request = HttpRequest();
    m_url.clear();
    m_field.clear();
    m_lastWasValue = false;
    m_headBytes = 0;
    m_maxBody = 0;
    m_complete = false;
    m_phase = Phase::Idle;
}

void HttpConnection::answer(const HttpRequest &request)
{
    std::optional<Answer> now = m_handlers.handle(request, this);
    if (!now) {
        // Answered elsewhere: read nothing more until then, so pipelined requests keep their order.
        m_phase = Phase::Waiting;
        m_waitingForHead = request.method() == Method::Head;
        m_timer.stop();
        return;
    }
    send(std::move(*now), request.method() == Method::Head);
}

void HttpConnection::deliver(const Answer &answer)
{
    if (m_phase != Phase::Waiting)
        return;
    m_phase = Phase::Idle;
    send(answer, m_waitingForHead);
    if (m_phase == Phase::Closing)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    else
        process();
}

void HttpConnection::send(Answer answer, bool omitBody)
{
    // The parser still describes the request answered: nothing after it is parsed before its answer.
    const bool keepAlive = http_should_keep_alive(&m_parser) != 0;
    const bool upgradeRequested = m_parser.upgrade != 0;
    if (answer.upgrade && upgradeRequested && m_inTransaction && m_buffer.isEmpty()) {
        // Give the handshake back unread and step aside.
        m_socket->rollbackTransaction();
        m_inTransaction = false;
        m_phase = Phase::Closing;
        m_timer.stop();
        disconnect(m_socket, nullptr, this, nullptr);
        QTcpSocket *socket = m_socket;
        socket->setParent(nullptr);
        socket->setReadBufferSize(0);
        m_handlers.upgrade(socket);
        deleteLater();
        return;
    }
    if (answer.upgrade)
        answer.response =
            HttpResponse::error(400, errorcodes::BadRequest,
                                QStringLiteral("Send the WebSocket handshake as a connection's first request"));
    // After an upgrade request nothing more on this connection is HTTP.
    write(answer.response, !keepAlive || upgradeRequested, omitBody);
    if (m_phase != Phase::Closing && m_phase != Phase::Streaming)
        arm(m_limits.keepAliveTimeoutMs);
}

void HttpConnection::refuse(int status, const char *code, const QString &message)
{
    write(HttpResponse::error(status, code, message), true);
}

void HttpConnection::write(const HttpResponse &response, bool closeAfter, bool omitBody)
{
    if (m_inTransaction) {
        m_socket->commitTransaction();
        m_inTransaction = false;
    }
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonOf(response.status) + "\r\n";
    bool hasRequestId = false;
    for (const auto &[name, value] : response.headers) {
        hasRequestId = hasRequestId || name.compare("x-request-id", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!hasRequestId)
        out += "X-Request-Id: " + requestIdFor({}).toLatin1() + "\r\n";
    if (!response.contentType.isEmpty() && response.status != 204)
        out += "Content-Type: " + response.contentType + "\r\n";
    const bool streamed = response.stream != nullptr;
    if (streamed && !omitBody)
        out += "Transfer-Encoding: chunked\r\n";
    else if (response.status != 204 && !streamed)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!omitBody)
        out += response.body;
    m_socket->write(out);
    if (streamed) {
        if (!omitBody) {
            startStream(response.stream, closeAfter);
            return;
        }
        response.stream->abandon(); // HEAD: the headers only, nothing made
    }
    if (closeAfter)
        closeAfterAnswer();
}

void HttpConnection::closeAfterAnswer()
{
    m_phase = Phase::Closing;
    m_buffer.clear();
    arm(kLingerMs);
    if (m_socket->bytesToWrite() == 0)
        finishClosing();
}

void HttpConnection::startStream(const std::shared_ptr<ResponseStream> &stream, bool closeAfter)
{
    m_stream = stream;
    m_closeAfterStream = closeAfter;
    m_phase = Phase::Streaming;
    arm(kStreamStallMs);
    stream->setWake([this]() { QMetaObject::invokeMethod(this, &HttpConnection::pumpStream, Qt::QueuedConnection); });
    m_handlers.runStream([stream]() { stream->run(); }); // never here: it waits for this thread to send
}

void HttpConnection::pumpStream()
{
    if (m_phase != Phase::Streaming || !m_stream)
        return;
    if (m_socket->bytesToWrite() >= kMaxUnsentBytes)
        return; // bytesWritten comes back here
    ResponseStream::Taken taken = m_stream->take();
    if (!taken.bytes.isEmpty()) {
        QByteArray chunk = QByteArray::number(taken.bytes.size(), 16) + "\r\n";
        chunk.reserve(chunk.size() + taken.bytes.size() + 2);
        chunk += taken.bytes;
        chunk += "\r\n";
        m_socket->write(chunk);
    }
    if (taken.failed) {
        // No last chunk: the client sees the body cut off, never a short one passed off as whole.
        m_stream.reset();
        m_phase = Phase::Closing;
        m_socket->abort();
        return;
    }
    if (taken.ended)
        endStream();
}

void HttpConnection::endStream()
{
    m_stream->abandon();
    m_stream.reset();
    m_socket->write("0\r\n\r\n");
    m_phase = Phase::Idle;
    if (m_closeAfterStream) {
        closeAfterAnswer();
        return;
    }
    arm(m_limits.keepAliveTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
    else
        process();
}

void HttpConnection::finishClosing()
{
    // Only our side is closed: closing both while the client still sends a body we refused would
    // reset the connection and lose the answer. What still comes is dropped until the client
    // closes too, or the linger time ends.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

bool HttpConnection::countHeadBytes(size_t length)
{
    m_headBytes += int(std::min<size_t>(length, size_t(m_limits.maxHeaderBytes) + 1));
    if (m_headBytes <= m_limits.maxHeaderBytes)
        return true;
    refuse(431, errorcodes::BadRequest,
           QStringLiteral("The request's headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
    return false;
}

// RFC 9112 section 6: one way to know where a body ends, or the request is refused.
std::optional<HttpResponse> HttpConnection::checkFraming()
{
    QList<QByteArray> lengths, codings;
    int hosts = 0;
    for (const auto &[name, value] : m_request.m_headers) {
        if (name == "content-length")
            lengths.append(value);
        else if (name == "transfer-encoding")
            codings.append(value);
        else if (name == "host")
            ++hosts;
    }
    const auto bad = [](const QString &message) { return HttpResponse::error(400, errorcodes::BadRequest, message); };
    if (!lengths.isEmpty() && !codings.isEmpty())
        return bad(QStringLiteral("Send either Content-Length or Transfer-Encoding, not both"));
    if (lengths.size() > 1)
        return bad(QStringLiteral("Send one Content-Length"));
    if (!lengths.isEmpty() && !isDigits(lengths.first()))
        return bad(QStringLiteral("Content-Length must be a number"));
    if (codings.size() > 1 || (!codings.isEmpty() && codings.first() != "chunked"))
        return bad(QStringLiteral("Only Transfer-Encoding: chunked is accepted"));
    if (hosts > 1)
        return bad(QStringLiteral("Send one Host header"));
    if (m_parser.http_major != 1 || m_parser.http_minor > 1)
        return HttpResponse::error(505, errorcodes::BadRequest,
                                   QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are spoken here"));
    return std::nullopt;
}

void HttpConnection::finishHeaders()
{
    m_request.m_method = methodOf(m_parser.method);
    m_request.m_url = QUrl(QString::fromLatin1(m_url));
    m_request.m_remoteAddress = m_socket->peerAddress();
}

// The parser's callbacks: collect the request, enforce the limits, pause at its end.

int HttpConnection::onMessageBegin(http_parser *parser)
{
    HttpConnection *connection = self(parser);
    connection->m_phase = Phase::Head;
    return 0;
}

int HttpConnection::onUrl(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *connection = self(parser);
    if (!connection->countHeadBytes(length))
        return -1;
    connection->m_url.append(at, qsizetype(length));
    if (connection->m_url.size() > connection->m_limits.maxRequestLineBytes) {
        connection->write(HttpResponse::error(414, errorcodes::BadRequest,
                                              QStringLiteral("The request target is longer than %1 bytes")
                                                  .arg(connection->m_limits.maxRequestLineBytes)),
                          true);
        return -1;
    }
    return 0;
}

int HttpConnection::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *connection = self(parser);
    if (!connection->countHeadBytes(length))
        return -1;
    if (connection->m_lastWasValue) // a new header begins
        connection->m_field.clear();
    connection->m_lastWasValue = false;
    connection->m_field.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *connection = self(parser);
    if (!connection->countHeadBytes(length))
        return -1;
    auto &headers = connection->m_request.m_headers;
    if (!connection->m_lastWasValue) {
        if (headers.size() >= connection->m_limits.maxHeaderCount) {
            connection->refuse(431, errorcodes::BadRequest,
                               QStringLiteral("More than %1 headers").arg(connection->m_limits.maxHeaderCount));
            return -1;
        }
        headers.append({connection->m_field.toLower(), QByteArray()});
        connection->m_field.clear();
    }
    connection->m_lastWasValue = true;
    headers.last().second.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onHeadersComplete(http_parser *parser)
{
    HttpConnection *connection = self(parser);
    for (auto &header : connection->m_request.m_headers)
        header.second = header.second.trimmed();
    connection->finishHeaders();
    if (auto refused = connection->checkFraming()) {
        connection->write(*refused, true);
        return -1;
    }
    const bool chunked = (parser->flags & F_CHUNKED) != 0;
    const bool hasBody = chunked || (parser->content_length != ULLONG_MAX && parser->content_length > 0);
    qint64 maxBody = 0;
    // A request without a body is answered whole; one with a body may be refused before it is read.
    if (hasBody) {
        if (auto early = connection->m_handlers.preflight(connection->m_request, maxBody)) {
            connection->m_early = std::move(early);
            http_parser_pause(parser, 1);
            return 0;
        }
    }
    connection->m_maxBody = maxBody;
    if (!chunked && parser->content_length != ULLONG_MAX && qint64(parser->content_length) > maxBody) {
        connection->m_early = HttpResponse::error(413, errorcodes::PayloadTooLarge,
                                                  QStringLiteral("The body is larger than %1 bytes").arg(maxBody));
        http_parser_pause(parser, 1);
        return 0;
    }
    connection->m_phase = Phase::Body;
    connection->arm(connection->m_limits.bodyIdleTimeoutMs);
    if (connection->m_inTransaction && !parser->upgrade) {
        connection->m_socket->commitTransaction(); // the head was not a handshake: no need to keep it
        connection->m_inTransaction = false;
    }
    return 0;
}

int HttpConnection::onBody(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *connection = self(parser);
    QByteArray &body = connection->m_request.m_body;
    if (body.size() + qint64(length) > connection->m_maxBody) {
        connection->refuse(413, errorcodes::PayloadTooLarge,
                           QStringLiteral("The body is larger than %1 bytes").arg(connection->m_maxBody));
        return -1;
    }
    body.append(at, qsizetype(length));
    connection->arm(connection->m_limits.bodyIdleTimeoutMs);
    return 0;
}

int HttpConnection::onMessageComplete(http_parser *parser)
{
    HttpConnection *connection = self(parser);
    connection->m_complete = true;
    http_parser_pause(parser, 1);
    return 0;
}

const http_parser_settings &HttpConnection::parserSettings()
{
    static const http_parser_settings settings = []() {
        http_parser_settings callbacks;
        http_parser_settings_init(&callbacks);
        callbacks.on_message_begin = &HttpConnection::onMessageBegin;
        callbacks.on_url = &HttpConnection::onUrl;
        callbacks.on_header_field = &HttpConnection::onHeaderField;
        callbacks.on_header_value = &HttpConnection::onHeaderValue;
        callbacks.on_headers_complete = &HttpConnection::onHeadersComplete;
        callbacks.on_body = &HttpConnection::onBody;
        callbacks.on_message_complete = &HttpConnection::onMessageComplete;
        return callbacks;
    }();
    return settings;
}

} // namespace adp::server::http
