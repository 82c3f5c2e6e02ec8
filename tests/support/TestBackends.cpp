#include "TestBackends.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>

namespace adp::test {

// Straight through libpq and hiredis: the GUI and CLI suites that use this start a real adp-server
// process and link nothing of the server.

bool TestBackends::unavailable(const QString &name, QString *why)
{
    if (name == u"postgres" &&
        (qEnvironmentVariableIsEmpty("ADP_TEST_PG_URL") || qEnvironmentVariableIsEmpty("ADP_TEST_REDIS_URL"))) {
        *why = QStringLiteral("ADP_TEST_PG_URL and ADP_TEST_REDIS_URL are not set; run tests/run.sh");
        return true;
    }
    return false;
}

Backend TestBackends::create(const QString &name)
{
    if (name == u"sqlite") {
        // Lives until the process ends: suites are short-lived processes.
        static QTemporaryDir *root = new QTemporaryDir();
        const QString file =
            root->filePath(QStringLiteral("db-%1.sqlite").arg(QRandomGenerator::global()->generate64(), 0, 16));
        return {name, QStringLiteral("sqlite://") + file, {}};
    }
    const QString adminUrl = qEnvironmentVariable("ADP_TEST_PG_URL");
    const QString database = QStringLiteral("adp_t_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    PGconn *admin = PQconnectdb(adminUrl.toUtf8().constData());
    if (PQstatus(admin) != CONNECTION_OK)
        qFatal("cannot reach the test PostgreSQL at %s: %s", qPrintable(adminUrl), PQerrorMessage(admin));
    // The name is generated, never user input.
    PGresult *created = PQexec(admin, QStringLiteral("CREATE DATABASE %1").arg(database).toUtf8().constData());
    if (PQresultStatus(created) != PGRES_COMMAND_OK)
        qFatal("cannot create a test database: %s", PQerrorMessage(admin));
    PQclear(created);
    PQfinish(admin);
    QUrl url(adminUrl);
    url.setPath(u'/' + database);
    return {name, url.toString(), qEnvironmentVariable("ADP_TEST_REDIS_URL")};
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &name : TestBackends::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestBackends::flushRedis()
{
    const QUrl url(qEnvironmentVariable("ADP_TEST_REDIS_URL"));
    if (!url.isValid() || url.host().isEmpty())
        return;
    redisContext *redis = redisConnect(url.host().toUtf8().constData(), url.port(6379));
    if (!redis || redis->err)
        qFatal("cannot reach the test Redis at %s", qPrintable(url.toString()));
    const auto run = [redis](const QStringList &words) {
        std::vector<QByteArray> bytes;
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QString &word : words)
            bytes.push_back(word.toUtf8());
        for (const QByteArray &word : bytes) {
            argv.push_back(word.constData());
            lengths.push_back(size_t(word.size()));
        }
        if (auto *reply =
                static_cast<redisReply *>(redisCommandArgv(redis, int(argv.size()), argv.data(), lengths.data())))
            freeReplyObject(reply);
    };
    if (!url.password().isEmpty())
        run({QStringLiteral("AUTH"), url.password()});
    const QString db = url.path().mid(1);
    if (!db.isEmpty())
        run({QStringLiteral("SELECT"), db});
    run({QStringLiteral("FLUSHDB")});
    redisFree(redis);
}

} // namespace adp::test
