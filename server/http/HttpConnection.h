#pragma once

#include "HttpLimits.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "ResponseStream.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <http_parser.h>
#include <memory>
#include <optional>

class QTcpSocket;

namespace adp::server::http {

// One client connection: reads HTTP/1.x requests off a socket with
// http-parser, keeps them within HttpLimits, checks the framing strictly
// (RFC 9112: Content-Length and Transfer-Encoding together, any coding but
// `chunked`, or two lengths are refused and the connection closed), asks
// before reading a body whether its route takes one that long, and answers
// requests in order. A WebSocket upgrade hands the untouched socket on.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        HttpResponse response;
        bool upgrade = false; // hand the socket to the WebSocket server instead
    };
    struct Handlers
    {
        // Once the headers are in: a response that ends the exchange without reading the body
        // (no such route, not allowed here), or nullopt and the most the route takes in `maxBody`.
        std::function<std::optional<HttpResponse>(const HttpRequest &head, qint64 &maxBody)> preflight;
        // The whole request: its answer now, or nullopt when it comes later through deliver().
        std::function<std::optional<Answer>(const HttpRequest &request, HttpConnection *connection)> handle;
        // The socket for a WebSocket upgrade, with the handshake still unread; this connection is done.
        std::function<void(QTcpSocket *socket)> upgrade;
        // Called once when the connection is gone, whatever ended it.
        std::function<void()> closed;
        // Runs a streamed body's producer off this thread (see ResponseStream); required.
        std::function<void(std::function<void()> job)> runStream;
    };

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handlers handlers, QObject *parent = nullptr);
    ~HttpConnection() override;

    // True while a request is partly read or waiting to be answered.
    bool isBusy() const;
    void close();
    // The answer to the request `handle` left for later; in this object's thread.
    void deliver(const Answer &answer);

private:
    enum class Phase { Idle, Head, Body, Waiting, Streaming, Closing };

    static const http_parser_settings &parserSettings();

    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    void onReadyRead();
    void process();
    bool countHeadBytes(size_t length);
    std::optional<HttpResponse> checkFraming();
    void finishHeaders();
    void answer(const HttpRequest &request);
    void send(Answer answer, bool omitBody);
    void refuse(int status, const char *code, const QString &message);
    void write(const HttpResponse &response, bool closeAfter, bool omitBody = false);
    void startStream(const std::shared_ptr<ResponseStream> &stream, bool closeAfter);
    void pumpStream();
    void endStream();
    void closeAfterAnswer(); // the answer is written; once it is out, our side closes
    void onTimeout();
    void finishClosing();
    void arm(int milliseconds);
    void resetRequest();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Handlers m_handlers;
    http_parser m_parser{};
    QTimer m_timer;
    QByteArray m_buffer; // read but not yet parsed (a pipelined request)
    Phase m_phase = Phase::Idle;
    HttpRequest m_request;
    QByteArray m_url;
    QByteArray m_field;
    bool m_lastWasValue = false;
    int m_headBytes = 0;
    qint64 m_maxBody = 0;
    bool m_complete = false;
    std::optional<HttpResponse> m_early; // answered before the body, the connection then closes
    bool m_inTransaction = false;        // the socket can give the request back for an upgrade
    bool m_closedReported = false;
    // Of the request answered later (the parser is paused on it until then).
    bool m_waitingForHead = false;
    std::shared_ptr<ResponseStream> m_stream; // the body being sent, while Streaming
    bool m_closeAfterStream = false;
};

// A new request id (random per-thread prefix + counter), or the client's when it is well formed.
QString requestIdFor(const QByteArray &given);

} // namespace adp::server::http
