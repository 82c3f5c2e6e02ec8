#include "AdminSession.h"
#include "http/HttpListenerPool.h"
#include "http/HttpMetrics.h"
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>

using namespace adp::test;

// The HTTP front as a hostile client meets it (security review, items 4-6):
// framing per RFC 9112, limits on the head, bodies refused from their declared
// length before a byte is read, slow and silent clients timed out, a cap on
// connections per address, JSON bodies only as application/json and without
// duplicate keys, lone surrogates or NUL, and a port that is ours alone.
class TestHttpFront : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool start(const std::function<void(adp::server::ServerConfig &)> &configure = {})
    {
        AdminSession session = AdminSession::start(QStringLiteral("sqlite"), configure);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return true;
    }

    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->url().port());
        if (!socket->waitForConnected(5000))
            return nullptr;
        return socket;
    }

    // Everything the server sends until it closes the connection or `timeoutMs` pass.
    static QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs = 5000)
    {
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            socket.waitForReadyRead(100);
            received += socket.readAll();
        }
        return received + socket.readAll();
    }

    static bool closedBy(QTcpSocket &socket, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            socket.waitForReadyRead(50);
            socket.readAll();
        }
        return socket.state() != QAbstractSocket::ConnectedState;
    }

    QByteArray exchange(const QByteArray &raw)
    {
        auto socket = connectRaw();
        if (!socket)
            return {};
        socket->write(raw);
        socket->flush();
        return readUntilClosed(*socket);
    }

    HttpResult postRaw(const QByteArray &body, const QByteArray &contentType)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        headers.append({"Content-Type", contentType});
        return m_admin->request("POST", QStringLiteral("/api/v1/projects"), body, headers);
    }

    // Reads from `socket` until `count` complete responses (headers and Content-Length body) are in.
    static QList<QByteArray> responses(QTcpSocket &socket, int count, int timeoutMs = 5000)
    {
        QByteArray received;
        QList<QByteArray> bodies;
        QElapsedTimer timer;
        timer.start();
        while (bodies.size() < count && timer.elapsed() < timeoutMs) {
            socket.waitForReadyRead(50);
            received += socket.readAll();
            const qsizetype headEnd = received.indexOf("\r\n\r\n");
            if (headEnd < 0)
                continue;
            static const QRegularExpression lengthHeader(QStringLiteral("Content-Length: (\\d+)"));
            const auto length = lengthHeader.match(QString::fromLatin1(received.left(headEnd)));
            const qsizetype total = headEnd + 4 + (length.hasMatch() ? length.captured(1).toLongLong() : 0);
            if (received.size() < total)
                continue;
            bodies.append(received.mid(headEnd + 4, total - headEnd - 4));
            received.remove(0, total);
        }
        return bodies;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void bothLengthAndChunkedIsRefusedAndNothingIsSmuggled()
    {
        QVERIFY(start());
        const QByteArray smuggled = "GET /api/v1/auth/me HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray chunk = "0\r\n\r\n" + smuggled;
        const QByteArray answer = exchange(
            "POST /api/v1/projects HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(chunk.size()) +
            "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
        QCOMPARE(answer.count("HTTP/1.1 "), 1); // the request behind it is never answered
        QVERIFY(answer.contains("Connection: close"));
    }

    void onlyChunkedAndOneLengthAreAccepted_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("xchunked") << QByteArray("Content-Length: 5\r\nTransfer-Encoding: xchunked\r\n");
        QTest::newRow("xchunked alone") << QByteArray("Transfer-Encoding: xchunked\r\n");
        QTest::newRow("chunked, identity") << QByteArray("Transfer-Encoding: chunked, identity\r\n");
        QTest::newRow("gzip then length") << QByteArray("Transfer-Encoding: gzip\r\nContent-Length: 5\r\n");
        QTest::newRow("two lengths") << QByteArray("Content-Length: 5\r\nContent-Length: 6\r\n");
        QTest::newRow("signed length") << QByteArray("Content-Length: +5\r\n");
    }
    void onlyChunkedAndOneLengthAreAccepted()
    {
        QFETCH(QByteArray, headers);
        QVERIFY(start());
        const QByteArray answer = exchange("POST /api/v1/projects HTTP/1.1\r\nHost: x\r\n" + headers + "\r\nhello" +
                                           "GET /api/v1/auth/me HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
        QCOMPARE(answer.count("HTTP/1.1 "), 1);
    }

    void bodiesAreRefusedFromTheirDeclaredLength()
    {
        QVERIFY(start());
        // No route: answered at once, the 400 MB never read.
        auto socket = connectRaw();
        QVERIFY(socket);
        QElapsedTimer timer;
        timer.start();
        socket->write("POST /nonexistent HTTP/1.1\r\nHost: x\r\nContent-Length: 419430400\r\n\r\n");
        QByteArray answer = readUntilClosed(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 404 "), answer.constData());
        QVERIFY(timer.elapsed() < 3000);
        // A route whose limit is smaller: 413 at once, the connection closed.
        socket = connectRaw();
        socket->write("POST /api/v1/projects HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 419430400\r\n\r\n{");
        answer = readUntilClosed(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        // Chunked bodies are counted as they come.
        socket = connectRaw();
        socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray piece(64 * 1024, 'a');
        for (int i = 0; i < 40 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
            socket->waitForBytesWritten(1000);
        }
        answer = readUntilClosed(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    }

    void headsAreLimited()
    {
        QVERIFY(start());
        QByteArray many = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 150; ++i)
            many += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
        QVERIFY(exchange(many + "\r\n").startsWith("HTTP/1.1 431 "));
        const QByteArray huge = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(40 * 1024, 'b') + "\r\n\r\n";
        QVERIFY(exchange(huge).startsWith("HTTP/1.1 431 "));
        const QByteArray longTarget = "GET /healthz?" + QByteArray(10 * 1024, 'q') + " HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray answer = exchange(longTarget);
        QVERIFY2(answer.startsWith("HTTP/1.1 414 ") || answer.startsWith("HTTP/1.1 431 "), answer.constData());
        // Well-formed requests, pipelined on one connection, are answered in order.
        const QByteArray two = exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\nHost: x\r\n"
                                        "Connection: close\r\n\r\n");
        QVERIFY2(two.startsWith("HTTP/1.1 200 ") && two.indexOf("HTTP/1.1 404 ") > 0, two.constData());
    }

    void slowAndSilentClientsAreTimedOut()
    {
        QVERIFY(start([](adp::server::ServerConfig &config) {
            config.httpHeaderTimeoutSeconds = 1;
            config.httpIdleTimeoutSeconds = 1;
        }));
        auto silent = connectRaw();
        auto slow = connectRaw();
        QVERIFY(silent && slow);
        slow->write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 8; ++i) { // a header every 200 ms never completes the head in time
            slow->write("X-Drip: " + QByteArray::number(i) + "\r\n");
            slow->waitForBytesWritten(100);
            QTest::qWait(200);
        }
        QVERIFY(closedBy(*slow, 3000));
        QVERIFY(closedBy(*silent, 3000));
        QVERIFY(timer.elapsed() < 6000);
        // /healthz answers quickly meanwhile and afterwards.
        QCOMPARE(m_admin->get(QStringLiteral("/healthz")).status, 200);
    }

    void connectionsPerAddressAreCapped()
    {
        QVERIFY(start([](adp::server::ServerConfig &config) { config.httpMaxConnectionsPerAddress = 3; }));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        m_admin.reset(); // its own connection would count
        for (int i = 0; i < 3; ++i) {
            held.push_back(connectRaw());
            held.back()->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(held.back()->waitForReadyRead(5000));
            QVERIFY(held.back()->readAll().startsWith("HTTP/1.1 200 "));
        }
        auto extra = connectRaw();
        QVERIFY(extra);
        extra->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(closedBy(*extra, 5000));
        held.pop_back();
        QTest::qWait(200);
        auto again = connectRaw();
        again->write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(readUntilClosed(*again).startsWith("HTTP/1.1 200 "));
    }

    void jsonBodiesAreStrict_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("form") << QByteArray(R"({"name":"A","slug":"a"})")
                              << QByteArray("application/x-www-form-urlencoded") << 415;
        QTest::newRow("no type") << QByteArray(R"({"name":"A","slug":"a"})") << QByteArray() << 415;
        QTest::newRow("text") << QByteArray(R"({"name":"A","slug":"a"})") << QByteArray("text/plain") << 415;
        QTest::newRow("duplicate key") << QByteArray(R"({"name":"A","slug":"a","slug":"b"})")
                                       << QByteArray("application/json") << 400;
        QTest::newRow("nested duplicate")
            << QByteArray(R"({"name":"A","slug":"a","x":{"k":1,"k":2}})") << QByteArray("application/json") << 400;
        QTest::newRow("lone high surrogate")
            << QByteArray(R"({"name":"A\ud800","slug":"a"})") << QByteArray("application/json") << 400;
        QTest::newRow("lone low surrogate")
            << QByteArray(R"({"name":"A\udc00","slug":"a"})") << QByteArray("application/json") << 400;
        QTest::newRow("nul") << QByteArray(R"({"name":"a\u0000b","slug":"a"})") << QByteArray("application/json")
                             << 400;
        QTest::newRow("charset is fine") << QByteArray(R"({"name":"Fine","slug":"fine"})")
                                         << QByteArray("application/json; charset=utf-8") << 201;
    }
    void jsonBodiesAreStrict()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QVERIFY(start());
        const auto count = [this]() {
            return m_admin->get(QStringLiteral("/api/v1/projects")).json().value("items").toArray().size();
        };
        const auto before = count();
        const HttpResult result = postRaw(body, contentType);
        QVERIFY2(result.status == status, result.body.constData());
        QCOMPARE(count(), before + (status == 201 ? 1 : 0)); // nothing stored unless accepted
    }

    void tokensInTheQueryAreOnlyForTheWebSocket()
    {
        QVERIFY(start());
        HttpTestClient anonymous(m_server->url());
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/auth/me?access_token=") + m_admin->token()).status, 401);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/auth/me")).status, 200);
    }

    // Slow work (fetching, planning, hashing) runs beside the HTTP thread: on a server with one
    // HTTP thread, other connections are answered while a slow request waits, a pipelined request
    // behind the slow one is answered after it, in order, and a client gone before its answer
    // harms nothing.
    void slowRoutesLeaveTheThreadAnswering()
    {
        using namespace adp::server::http;
        using adp::server::Actor;
        QSemaphore release;
        QAtomicInt slowStarted = 0;
        Router router;
        router.add(Method::Get, QStringLiteral("/slow"), QStringLiteral("test.slow"),
                   [&](Request &) {
                       slowStarted.fetchAndAddOrdered(1);
                       release.acquire();
                       return HttpResponse::text(200, "slow", "text/plain");
                   },
                   {.slow = true});
        router.add(Method::Get, QStringLiteral("/fast"), QStringLiteral("test.fast"),
                   [](Request &) { return HttpResponse::text(200, "fast", "text/plain"); });
        HttpMetrics metrics;
        const AccessPolicy open{[](const QString &) { return true; },
                                [](const Actor *, const QString &) { return true; },
                                [](const Request &, const QString &) {}};
        HttpListenerPool pool(
            [&]() {
                return new HttpServer(
                    router, [](const QString &) { return std::optional<Actor>(); }, open, metrics,
                    [](std::unique_ptr<QWebSocket>, const Actor &, QObject *) {}, HttpLimits{});
            },
            1, HttpLimits{});
        QString error;
        QVERIFY2(pool.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const auto connect = [&pool]() {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, pool.port());
            return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
        };

        auto waiting = connect();
        auto other = connect();
        auto leaving = connect();
        QVERIFY(waiting && other && leaving);
        waiting->write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        leaving->write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(slowStarted.loadAcquire(), 2, 5000);
        other->write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(responses(*other, 1), QList<QByteArray>{"fast"});
        QVERIFY(responses(*waiting, 1, 300).isEmpty()); // nothing, not even the request behind it
        leaving->abort();
        QTest::qWait(100); // the server sees it go while the answer is still being made
        release.release(2);
        QCOMPARE(responses(*waiting, 2), (QList<QByteArray>{"slow", "fast"}));
        other->write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(responses(*other, 1), QList<QByteArray>{"fast"});
        pool.stopAccepting();
        QVERIFY(pool.drain(5000));
        pool.shutdown();
    }

    void aPortInUseIsRefused()
    {
        QVERIFY(start());
        // Another adp-server on the same port is refused, never handed half the clients.
        std::unique_ptr<TestServer> second;
        const quint16 port = m_server->url().port();
        second =
            std::make_unique<TestServer>(TestBackends::create(QStringLiteral("sqlite")), nullptr, 3600, 30 * 24 * 3600,
                                         [port](adp::server::ServerConfig &config) { config.listenPort = port; });
        QVERIFY(!second->ok());
        QVERIFY2(second->error().contains(QStringLiteral("in use")), qPrintable(second->error()));
        // And a port some other program listens on.
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        auto third = std::make_unique<TestServer>(
            TestBackends::create(QStringLiteral("sqlite")), nullptr, 3600, 30 * 24 * 3600,
            [&other](adp::server::ServerConfig &config) { config.listenPort = other.serverPort(); });
        QVERIFY(!third->ok());
    }
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_http_front.moc"
