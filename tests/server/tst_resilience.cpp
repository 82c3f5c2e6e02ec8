#include "HttpTestClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>
#include <csignal>

using namespace adp::test;

// adp-server as a process under abuse: SIGKILL while clients create
// projects (every acknowledged write must survive), and SIGTERM while
// requests are in flight (they must all be answered).
class TestResilience : public QObject
{
    Q_OBJECT

private:
    // Every item of a cursor-paged list; empty when it cannot be read.
    static QList<QJsonObject> allItems(HttpTestClient &client, const QString &path)
    {
        QList<QJsonObject> items;
        QString cursor;
        do {
            const HttpResult page =
                client.get(path + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            if (page.status != 200)
                return {};
            for (const QJsonValue &item : page.json().value("items").toArray())
                items.append(item.toObject());
            cursor = page.json().value("next_cursor").toString();
        } while (!cursor.isEmpty());
        return items;
    }

    static QSet<QString> allSlugs(HttpTestClient &client)
    {
        QSet<QString> slugs;
        for (const QJsonObject &project : allItems(client, QStringLiteral("/api/v1/projects?sort=slug&limit=100")))
            slugs.insert(project.value("slug").toString());
        return slugs;
    }

    // The slugs of every project.created event in the audit trail.
    static QSet<QString> auditedSlugs(HttpTestClient &client)
    {
        QSet<QString> slugs;
        for (const QJsonObject &event :
             allItems(client, QStringLiteral("/api/v1/audit?action=project.created&limit=200")))
            slugs.insert(event.value("after").toObject().value("slug").toString());
        return slugs;
    }

private Q_SLOTS:
    void killKeepsEveryAcknowledgedProject_data() { addBackendRows(); }

    void killKeepsEveryAcknowledgedProject()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        const Backend storage = TestBackends::create(backend);
        QTemporaryDir dataDir;
        QStringList acknowledged;
        {
            ServerProcess server(storage, dataDir.path());
            QVERIFY2(server.start(), qPrintable(server.output()));
            HttpTestClient client(server.url());
            const QString token = client.login(QStringLiteral("admin"), server.adminPassword());
            QVERIFY(!token.isEmpty());

            // 1,000 creations, 16 in flight at a time; SIGKILL at the 400th answer.
            constexpr int kTotal = 1000;
            constexpr int kInFlight = 16;
            QNetworkAccessManager network;
            int sent = 0;
            int answered = 0;
            bool killed = false;
            QEventLoop loop;
            std::function<void()> sendNext = [&]() {
                if (sent >= kTotal || killed)
                    return;
                const QString slug = QStringLiteral("crash-%1").arg(sent++, 4, 10, QChar(u'0'));
                QNetworkRequest request(server.url().resolved(QUrl(QStringLiteral("/api/v1/projects"))));
                request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                QNetworkReply *reply =
                    network.post(request, QJsonDocument(QJsonObject{{"name", slug}, {"slug", slug}}).toJson());
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, slug]() {
                    reply->deleteLater();
                    ++answered;
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                        acknowledged.append(slug);
                    if (answered == 400 && !killed) {
                        killed = true;
                        server.kill();
                    }
                    if (answered == sent && (killed || sent >= kTotal))
                        loop.quit();
                    else
                        sendNext();
                });
            };
            for (int i = 0; i < kInFlight; ++i)
                sendNext();
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            loop.exec();
            QVERIFY(killed);
            QVERIFY(acknowledged.size() >= 390);
        }

        ServerProcess restarted(storage, dataDir.path());
        QVERIFY2(restarted.start(), qPrintable(restarted.output()));
        QVERIFY(restarted.adminPassword().isEmpty()); // shown on the first start only
        HttpTestClient client(restarted.url());
        // A second account added with the real `users add` command reads what survived
        // (an administrator: the projects are private to the account that made them).
        QProcess addUser;
        QStringList arguments{QStringLiteral("users"),
                              QStringLiteral("add"),
                              QStringLiteral("--username"),
                              QStringLiteral("checker"),
                              QStringLiteral("--password-stdin"),
                              QStringLiteral("--admin"),
                              QStringLiteral("--data-dir"),
                              dataDir.path(),
                              QStringLiteral("--log-level"),
                              QStringLiteral("warn")};
        if (!storage.databaseUrl.isEmpty())
            arguments << QStringLiteral("--database") << storage.databaseUrl;
        addUser.start(ServerProcess::binary(QStringLiteral("adp-server")), arguments);
        addUser.write("checker-password\n");
        addUser.closeWriteChannel();
        QVERIFY(addUser.waitForFinished(30000));
        QCOMPARE(addUser.exitCode(), 0);
        QVERIFY(!client.login(QStringLiteral("checker"), QStringLiteral("checker-password")).isEmpty());

        const QSet<QString> stored = allSlugs(client);
        QStringList lost;
        for (const QString &slug : std::as_const(acknowledged)) {
            if (!stored.contains(slug))
                lost.append(slug);
        }
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("acknowledged but lost: ") + lost.join(u',')));
        // Each kept its audit event (committed with it, sealed after the restart), once, in an intact chain.
        const QSet<QString> audited = auditedSlugs(client);
        QStringList unaudited;
        for (const QString &slug : std::as_const(acknowledged)) {
            if (!audited.contains(slug))
                unaudited.append(slug);
        }
        QVERIFY2(unaudited.isEmpty(),
                 qPrintable(QStringLiteral("stored without an audit event: ") + unaudited.join(u',')));
        QCOMPARE(audited.size(), stored.size());
        const QJsonObject verification = client.get(QStringLiteral("/api/v1/audit/verify")).json();
        QVERIFY2(verification.value("intact").toBool(), QJsonDocument(verification).toJson().constData());
        QCOMPARE(verification.value("unsealed").toInt(), 0);
        qInfo("%lld acknowledged before SIGKILL, %lld stored after restart", qint64(acknowledged.size()),
              qint64(stored.size()));
        QCOMPARE(restarted.terminate(), 0);
    }

    void termAnswersRequestsInFlight()
    {
        ServerProcess server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString password = server.adminPassword();
        // Logins are slow on purpose (Argon2id), so they are still running when SIGTERM lands.
        const QByteArray body =
            QJsonDocument(QJsonObject{{"username", "admin"}, {"password", password}}).toJson(QJsonDocument::Compact);
        const QByteArray request =
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QList<QTcpSocket *> sockets;
        for (int i = 0; i < 4; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(server.url().host(), quint16(server.url().port()));
            QVERIFY(socket->waitForConnected(5000));
            socket->write(request);
            QVERIFY(socket->waitForBytesWritten(5000));
            sockets.append(socket);
        }
        QTest::qWait(20);
        ::kill(pid_t(server.pid()), SIGTERM);
        for (QTcpSocket *socket : std::as_const(sockets)) {
            QByteArray response;
            QDeadlineTimer deadline(15000);
            while (!response.contains("\"token\"") && !deadline.hasExpired() && socket->waitForReadyRead(1000))
                response += socket->readAll();
            QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
            delete socket;
        }
        QCOMPARE(server.terminate(), 0);
        // After shutdown nothing listens any more.
        QTcpSocket late;
        late.connectToHost(server.url().host(), quint16(server.url().port()));
        QVERIFY(!late.waitForConnected(1000));
    }
};

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
